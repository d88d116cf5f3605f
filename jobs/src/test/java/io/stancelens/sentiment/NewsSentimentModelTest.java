package io.stancelens.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stancelens.testing.SharedSpark;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The committed news model loads once and scores real sentences in the right direction. */
class NewsSentimentModelTest {

  @Test
  void theCommittedModelIsFoundWithItsCardAndLoadsOncePerJvm() {
    SparkSession spark = SharedSpark.get();
    String dir = NewsSentimentModel.defaultDir(spark);
    assertEquals(SharedSpark.repo().resolve(NewsSentimentModel.DEFAULT_RELATIVE_DIR).toString(), dir);
    assertTrue(Files.isRegularFile(SharedSpark.repo().resolve(NewsSentimentModel.DEFAULT_RELATIVE_DIR)
        .resolve("MODEL_CARD.md")));
    assertSame(NewsSentimentModel.load(dir), NewsSentimentModel.load(dir));
  }

  @Test
  void scoresRealSentencesInTheRightDirection() {
    SparkSession spark = SharedSpark.get();
    PipelineModel model = NewsSentimentModel.load(NewsSentimentModel.defaultDir(spark));
    List<NytItem> items = List.of(
        new NytItem("good1", 0, "The new hospital is a wonderful gift to the city, and its doctors deserve our thanks."),
        new NytItem("good2", 0, "The ceasefire agreement is a welcome and hopeful step toward peace."),
        new NytItem("bad1", 0, "The mayor's handling of the crisis was a disgraceful failure that cost lives."),
        new NytItem("bad2", 0, "Russian missiles struck apartment buildings overnight, killing dozens of civilians."));
    double[] scores = NewsSentimentTraining.scores(model, NytFrames.of(spark, items, NytFrames.rntn(items)), items);
    Map<String, Double> byId = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      byId.put(items.get(i).id(), scores[i]);
      assertTrue(scores[i] >= -1 && scores[i] <= 1, items.get(i).id() + " " + scores[i]);
    }
    assertTrue(byId.get("good1") >= ThreeClass.THRESHOLD, byId.toString());
    assertTrue(byId.get("good2") >= ThreeClass.THRESHOLD, byId.toString());
    assertTrue(byId.get("bad1") <= -ThreeClass.THRESHOLD, byId.toString());
    assertTrue(byId.get("bad2") <= -ThreeClass.THRESHOLD, byId.toString());
  }

  @Test
  void thePlainJavaScorerTheRunUsesAgreesWithTheSparkTransform() throws Exception {
    SparkSession spark = SharedSpark.get();
    PipelineModel model = NewsSentimentModel.load(NewsSentimentModel.defaultDir(spark));
    List<NytItem> items = NytItems.read(SharedSpark.sharedCorpus().resolve("nyt-editorials/nyt-editorials.dev.tsv"))
        .subList(0, 40);
    RntnScores.Snippet[] probs = NytFrames.rntn(items);
    double[] transformed = NewsSentimentTraining.scores(model, NytFrames.of(spark, items, probs), items);
    // The run loads the scorer from its file beside the PipelineModel: that file must agree with the pipeline.
    NewsScorer scorer = NewsScorer.load(NewsSentimentModel.defaultDir(spark));
    int nonZero = 0;
    for (int i = 0; i < items.size(); i++) {
      assertEquals(transformed[i], scorer.score(items.get(i).text(), probs[i].probs(), probs[i].nodes()), 1e-9, items.get(i).id());
      if (Math.abs(transformed[i]) > 1e-6) {
        nonZero++;
      }
    }
    assertTrue(nonZero > 30, "scores are not all zero");
  }

  @Test
  void theRntnNodesSeeTheWordsAndPhrasesOfTheTree() {
    io.stancelens.nlp.AnnotatedArticle annotated = io.stancelens.nlp.ArticleAnnotator.shared().annotate(
        io.stancelens.ingest.Article.of("n", "The plan is a disgraceful failure, and the mayor knows it."));
    io.stancelens.nlp.Sentence sentence = annotated.sentences().get(0);
    double[] stats = sentence.rntnNodes();
    assertEquals(RntnNodes.STATS, stats.length);
    // Pre-terminals are the tokens; a binarized tree has one phrase fewer than it has words.
    assertEquals(sentence.tokenCount(), (int) stats[6]);
    assertEquals(sentence.tokenCount() - 1, (int) stats[0]);
    double[] features = RntnNodes.features(stats);
    Map<String, Double> byName = new HashMap<>();
    for (int i = 0; i < features.length; i++) {
      byName.put(RntnNodes.FEATURES.get(i), features[i]);
    }
    assertTrue(byName.get("word_negative_share") > 0, "'disgraceful' and 'failure' are negative words: " + byName);
    assertTrue(byName.get("phrase_min_score") < -0.3, byName.toString());
    assertTrue(byName.get("phrase_min_score") <= byName.get("phrase_mean_score"), byName.toString());
    // Pooling two sentences is the same as adding their sums.
    double[] pooled = RntnNodes.pool(List.of(stats, stats));
    assertEquals(2 * stats[0], pooled[0]);
    assertEquals(stats[4], pooled[4]);
  }

  @Test
  void theNewsMtscSentencesAreReadWithTheirMeanPolarity() throws Exception {
    List<NewsMtsc.Item> items = NewsMtsc.read(SharedSpark.sharedCorpus().resolve("newsmtsc/newsmtsc.train.jsonl"));
    assertTrue(items.size() > 7000, "sentences: " + items.size());
    long negative = items.stream().filter(i -> i.target() < 0).count();
    long positive = items.stream().filter(i -> i.target() > 0).count();
    assertTrue(negative > 2000 && positive > 1500, negative + " negative, " + positive + " positive");
    assertTrue(items.stream().allMatch(i -> i.target() >= -1 && i.target() <= 1 && !i.text().isBlank()));
  }

  @Test
  void theCommittedModelStacksNewsMtscAndUsesTheRntnNodes() throws Exception {
    String card = Files.readString(SharedSpark.repo().resolve(NewsSentimentModel.DEFAULT_RELATIVE_DIR)
        .resolve("training.json"));
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(card);
    assertTrue(json.get("chosen").get("nodes").asBoolean(), card);
    assertTrue(json.get("chosen").get("newsMtsc").asBoolean(), card);
    assertTrue(json.get("chosen").get("vectors").asBoolean(), card);
    assertTrue(json.get("selection").asText().contains("cross-validation on train"), card);
    // The dev figures of the card are the ones evaluate measures (README, Sentiment).
    assertEquals(0.6055, json.get("dev_pearson").asDouble(), 1e-4);
  }

  @Test
  void scoringKeepsTheInputColumnsAndAddsScoreAndLabel() {
    SparkSession spark = SharedSpark.get();
    List<NytItem> items = List.of(new NytItem("x", 0, "It was not a good year."));
    List<Row> rows = NewsSentimentModel.score(NewsSentimentModel.load(NewsSentimentModel.defaultDir(spark)),
        NytFrames.of(spark, items, NytFrames.rntn(items))).collectAsList();
    assertEquals(1, rows.size());
    Row row = rows.get(0);
    List<String> columns = List.of(row.schema().fieldNames());
    assertEquals(List.of("id", "text", "rntn_probs", "rntn_nodes", "target", "target_class", "sentiment_score", "sentiment_label"),
        columns);
    double score = row.getAs("sentiment_score");
    assertEquals(ThreeClass.of(score).tableName(), row.getAs("sentiment_label"));
  }
}
