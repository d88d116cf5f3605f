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
