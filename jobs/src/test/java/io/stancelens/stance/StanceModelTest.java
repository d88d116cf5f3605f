package io.stancelens.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.util.CoreMap;
import io.stancelens.testing.SharedSpark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed model loads, scores, and its plain-Java scorer computes what Spark's transform computes. */
class StanceModelTest {

  @Test
  void theCommittedModelLoadsAndAgreesWithSparkTransform() {
    SharedSpark.get();
    StanceClassifier classifier = StanceClassifier.load(StanceFixtures.modelDir().toString());
    assertTrue(classifier.vocabularySize() > 500, "vocabulary " + classifier.vocabularySize());
    assertTrue(Files.exists(StanceFixtures.modelDir().resolve("MODEL_CARD.md")));
    TextFeaturizer featurizer = TextFeaturizer.shared();
    StanceTarget target = StanceFixtures.globalWarming();
    List<GwsdCorpus.Item> items = GwsdCorpus.read(StanceFixtures.gwsd()).stream()
        .filter(GwsdCorpus.Item::heldOut).limit(12).toList();
    List<StanceFeatures.Extracted> features = new ArrayList<>();
    for (GwsdCorpus.Item item : items) {
      features.add(featurizer.features(item.sentence(), target));
    }
    PipelineModel model = PipelineModel.load(StanceFixtures.modelDir().toString());
    List<Row> rows = model.transform(StanceTraining.frame(SharedSpark.get(), items, features, false))
        .select("probability").collectAsList();
    for (int i = 0; i < items.size(); i++) {
      double[] spark = ((Vector) rows.get(i).get(0)).toArray();
      double[] plain = classifier.probabilities(features.get(i));
      for (int k = 0; k < 3; k++) {
        assertEquals(spark[k], plain[k], 1e-9, items.get(i).sentence());
      }
    }
  }

  @Test
  void theModelDecidesSeedStatementsItWasNotTrainedOn() {
    SharedSpark.get();
    StanceClassifier classifier = StanceClassifier.load(StanceFixtures.modelDir().toString());
    StanceTarget ceasefire = StanceFixtures.ceasefire();
    String line = StanceFixtures.seedLine("pushing for a comprehensive");
    StanceScorer scorer = new StanceScorer(List.of(ceasefire), classifier);
    List<StanceResult> results = scorer.score(StanceFixtures.parse(line), line, List.of());
    assertEquals(2, results.size(), results.toString());
    for (StanceResult r : results) {
      assertTrue(r.relevant());
      assertEquals(1.0, r.probabilities()[0] + r.probabilities()[1] + r.probabilities()[2], 1e-9);
      assertEquals(line.substring(r.evidenceBegin(), r.evidenceEnd()), r.evidence());
    }
    // One sentence, two actors, two stances: the push for a full ceasefire, the consent to no more than a
    // moratorium (a restriction: it limits the target).
    StanceResult us = results.stream().filter(r -> r.statement().speaker().equals("United States")).findFirst()
        .orElseThrow();
    StanceResult putin = results.stream().filter(r -> r.statement().speaker().endsWith("Putin")).findFirst()
        .orElseThrow();
    assertEquals(StanceLabel.FAVOR, us.stance(), Arrays.toString(us.probabilities()));
    assertEquals(StanceLabel.AGAINST, putin.stance(), Arrays.toString(putin.probabilities()));
  }

  @Test
  void onlyTheTrainingTargetsNGramsAreInTheModelSoTheCeasefireIsScoredOnGenericFeatures() {
    SharedSpark.get();
    StanceClassifier classifier = StanceClassifier.load(StanceFixtures.modelDir().toString());
    List<CoreMap> s = StanceFixtures.parse("Putin declined to agree to a broader cease-fire.");
    StanceFeatures.Extracted features = StanceFeatures.of(s.get(0), StanceFixtures.ceasefire());
    List<String> generic = features.terms().stream().filter(t -> !StanceFeatures.targetSpecific(t)).toList();
    assertTrue(generic.size() < features.terms().size(), features.terms().toString());
    double[] all = classifier.probabilities(features);
    double[] genericOnly = classifier.probabilities(
        new StanceFeatures.Extracted(generic, features.sentiment(), features.mentions()));
    assertArrayEquals(genericOnly, all, 1e-12);
    // The refusal decides: AGAINST, from features the model learned on another target.
    assertEquals(StanceLabel.AGAINST, classifier.predict(features).label(), Arrays.toString(all));
    // The climate n-grams are there for the global-warming target.
    assertTrue(classifier.weight("global-warming|u:hoax", StanceLabel.AGAINST) != 0
        || classifier.weight("global-warming|u:<t>", StanceLabel.FAVOR) != 0);
  }

  @Test
  void theGlobalWarmingTargetModelReadsWordVectorsAndAgreesWithSparkTransform() {
    SharedSpark.get();
    StanceTarget target = StanceFixtures.globalWarming();
    Path dir = StanceDefaults.modelFor(target);
    StanceClassifier classifier = StanceClassifier.load(dir.toString());
    assertTrue(classifier.usesVectors());
    assertTrue(Files.exists(dir.resolve("MODEL_CARD.md")));
    TextFeaturizer featurizer = TextFeaturizer.shared();
    List<GwsdCorpus.Item> items = GwsdCorpus.read(StanceFixtures.gwsd()).stream()
        .filter(GwsdCorpus.Item::heldOut).limit(12).toList();
    List<StanceFeatures.Extracted> features = new ArrayList<>();
    for (GwsdCorpus.Item item : items) {
      features.add(featurizer.features(item.sentence(), target, true));
    }
    List<Row> rows = PipelineModel.load(dir.toString())
        .transform(StanceTraining.frame(SharedSpark.get(), items, features, false)).select("probability")
        .collectAsList();
    for (int i = 0; i < items.size(); i++) {
      double[] spark = ((Vector) rows.get(i).get(0)).toArray();
      double[] plain = classifier.probabilities(features.get(i));
      for (int k = 0; k < 3; k++) {
        assertEquals(spark[k], plain[k], 1e-9, items.get(i).sentence());
      }
    }
    // Without the vectors the target model cannot score: a clear error, not a silent zero block.
    StanceFeatures.Extracted bare = featurizer.features(items.get(0).sentence(), target);
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> classifier.probabilities(bare));
    assertTrue(e.getMessage().contains("word vectors"), e.getMessage());
  }

  @Test
  void eachTargetIsScoredByTheModelItsFileNames() {
    SharedSpark.get();
    StanceTarget warming = StanceFixtures.globalWarming();
    StanceTarget ceasefire = StanceFixtures.ceasefire();
    StanceScorer scorer = StanceScorer.load(List.of(ceasefire, warming), null);
    String text = "Putin rejected a ceasefire, and he said that global warming is a hoax.";
    List<CoreMap> sentences = StanceFixtures.parse(text);
    StanceStatement statement = new StanceStatement("a0.0", null, StanceStatement.AUTHOR, 0, text.length(),
        "Vladimir Putin", "PERSON");
    List<StanceResult> results = scorer.score(sentences, text, List.of(statement));
    StanceResult forWarming = results.stream().filter(r -> r.target().equals("global-warming")
        && r.statement().equals(statement)).findFirst().orElseThrow();
    StanceResult forCeasefire = results.stream().filter(r -> r.target().equals("ceasefire")
        && r.statement().equals(statement)).findFirst().orElseThrow();
    StanceClassifier target = StanceClassifier.load(StanceDefaults.modelFor(warming).toString());
    StanceClassifier generic = StanceClassifier.load(StanceDefaults.modelDir().toString());
    assertArrayEquals(target.probabilities(StanceFeatures.of(sentences.get(0), warming, 0,
        sentences.get(0).get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size(), true)),
        forWarming.probabilities(), 1e-12);
    assertArrayEquals(generic.probabilities(StanceFeatures.of(sentences.get(0), ceasefire)),
        forCeasefire.probabilities(), 1e-12);
    // A model given for all targets (run --stance-model) overrides the target files.
    StanceScorer overridden = StanceScorer.load(List.of(warming), StanceDefaults.modelDir());
    assertArrayEquals(generic.probabilities(StanceFeatures.of(sentences.get(0), warming)),
        overridden.score(sentences, text, List.of(statement)).get(0).probabilities(), 1e-12);
  }

  @Test
  void trainingATargetModelOnASliceChoosesByCrossValidationAndSavesACard(@TempDir Path dir) throws IOException {
    Path modelDir = dir.resolve("target-model");
    StanceTargetTraining.Result result = StanceTargetTraining.run(SharedSpark.get(), StanceFixtures.gwsd(),
        SharedSpark.repo().resolve("models/targets/global-warming.properties"), modelDir, 90);
    assertEquals(90, result.trainItems());
    assertEquals(1, result.crossValidation().size(), result.crossValidation().toString());
    String card = Files.readString(modelDir.resolve("MODEL_CARD.md"), StandardCharsets.UTF_8);
    assertTrue(card.contains("cross-validat") && card.contains("word-vector"), card);
    assertTrue(Files.readString(modelDir.resolve("metrics.json")).contains("\"cv_macro_f1\""));
    StanceClassifier reloaded = StanceClassifier.of(PipelineModel.load(modelDir.toString()), "slice");
    assertTrue(reloaded.usesVectors());
    assertEquals(result.vocabulary(), reloaded.vocabularySize());
  }

  @Test
  void trainingOnASliceSavesALoadableModelWithACard(@TempDir Path dir) throws IOException {
    Path modelDir = dir.resolve("model");
    StanceTraining.Result result = StanceTraining.run(SharedSpark.get(), StanceFixtures.gwsd(),
        SharedSpark.repo().resolve("models/targets/global-warming.properties"), modelDir, 90);
    assertEquals(90, result.trainItems());
    assertTrue(result.vocabulary() > 0);
    String card = Files.readString(modelDir.resolve("MODEL_CARD.md"), StandardCharsets.UTF_8);
    assertTrue(card.contains("Label rule") && card.contains("macro-F1"), card);
    assertTrue(Files.readString(modelDir.resolve("metrics.json")).contains("\"held_out\""));
    StanceClassifier reloaded = StanceClassifier.of(PipelineModel.load(modelDir.toString()), "slice");
    assertEquals(result.vocabulary(), reloaded.vocabularySize());
  }
}
