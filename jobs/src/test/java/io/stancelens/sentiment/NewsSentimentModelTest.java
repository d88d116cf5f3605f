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
    double[] scores = NewsSentimentTraining.scores(model, NytFrames.of(spark, items, NytFrames.rntnProbs(items)), items);
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
    double[][] probs = NytFrames.rntnProbs(items);
    double[] transformed = NewsSentimentTraining.scores(model, NytFrames.of(spark, items, probs), items);
    NewsScorer scorer = NewsScorer.of(model);
    int nonZero = 0;
    for (int i = 0; i < items.size(); i++) {
      assertEquals(transformed[i], scorer.score(items.get(i).text(), probs[i]), 1e-9, items.get(i).id());
      if (Math.abs(transformed[i]) > 1e-6) {
        nonZero++;
      }
    }
    assertTrue(nonZero > 30, "scores are not all zero");
  }

  @Test
  void scoringKeepsTheInputColumnsAndAddsScoreAndLabel() {
    SparkSession spark = SharedSpark.get();
    List<NytItem> items = List.of(new NytItem("x", 0, "It was not a good year."));
    List<Row> rows = NewsSentimentModel.score(NewsSentimentModel.load(NewsSentimentModel.defaultDir(spark)),
        NytFrames.of(spark, items, NytFrames.rntnProbs(items))).collectAsList();
    assertEquals(1, rows.size());
    Row row = rows.get(0);
    List<String> columns = List.of(row.schema().fieldNames());
    assertEquals(List.of("id", "text", "rntn_probs", "target", "target_class", "sentiment_score", "sentiment_label"),
        columns);
    double score = row.getAs("sentiment_score");
    assertEquals(ThreeClass.of(score).tableName(), row.getAs("sentiment_label"));
  }
}
