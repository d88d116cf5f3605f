package io.stancelens.stance;

import io.stancelens.testing.SharedSpark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Scratch, not committed: feature/regularisation choices by CV on the training part. */
class ExperimentScratch {

  @Test
  void experiment() throws Exception {
    Path cache = Paths.get("/tmp/gwsd-feats.tsv");
    List<GwsdCorpus.Item> items = GwsdCorpus.read(StanceFixtures.gwsd().toAbsolutePath().normalize().toString().contains("wt/shared") ? Paths.get("/work/shared/corpus/gwsd/gwsd.train.tsv") : StanceFixtures.gwsd());
    List<StanceFeatures.Extracted> feats = new ArrayList<>();
    if (!Files.exists(cache) || Boolean.getBoolean("refeat")) {
      TextFeaturizer f = TextFeaturizer.shared();
      List<String> lines = new ArrayList<>();
      for (GwsdCorpus.Item it : items) {
        StanceFeatures.Extracted e = f.features(it.sentence(), StanceFixtures.globalWarming());
        feats.add(e);
        lines.add(String.join("\u0001", e.terms()) + "\t" + Arrays.toString(e.sentiment()));
      }
      Files.write(cache, lines, StandardCharsets.UTF_8);
    } else {
      for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
        String[] p = line.split("\t");
        String s = p[1].substring(1, p[1].length() - 1);
        double[] sent = Arrays.stream(s.split(",\\s*")).mapToDouble(Double::parseDouble).toArray();
        feats.add(new StanceFeatures.Extracted(List.of(p[0].split("\u0001")), sent, List.of()));
      }
    }
    List<GwsdCorpus.Item> train = new ArrayList<>();
    List<StanceFeatures.Extracted> trainF = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (!items.get(i).heldOut()) {
        train.add(items.get(i));
        trainF.add(feats.get(i));
      }
    }
    String[] subsets = System.getProperty("subsets", "all").split(",");
    String[] regs = System.getProperty("regs", "0.1,0.3,1.0").split(",");
    String[] mindfs = System.getProperty("mindfs", "3").split(",");
    for (String subset : subsets) {
      Predicate<String> keep = switch (subset) {
        case "nobigram" -> t -> !t.startsWith("b:");
        case "nolex" -> t -> t.startsWith("u:") || t.startsWith("b:");
        case "unigram" -> t -> t.startsWith("u:");
        default -> t -> true;
      };
      List<StanceFeatures.Extracted> sub = new ArrayList<>();
      for (StanceFeatures.Extracted e : trainF) {
        sub.add(new StanceFeatures.Extracted(e.terms().stream().filter(keep).toList(), e.sentiment(), List.of()));
      }
      for (String mindf : mindfs) {
        for (String reg : regs) {
          double total = 0;
          int folds = 5;
          for (int fold = 0; fold < folds; fold++) {
            List<GwsdCorpus.Item> a = new ArrayList<>();
            List<StanceFeatures.Extracted> af = new ArrayList<>();
            List<GwsdCorpus.Item> b = new ArrayList<>();
            List<StanceFeatures.Extracted> bf = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
              if (i % folds == fold) {
                b.add(train.get(i));
                bf.add(sub.get(i));
              } else {
                a.add(train.get(i));
                af.add(sub.get(i));
              }
            }
            Pipeline p = StanceTraining.pipeline();
            ((CountVectorizer) p.getStages()[0]).setMinDF(Double.parseDouble(mindf));
            ((LogisticRegression) p.getStages()[2]).setRegParam(Double.parseDouble(reg));
            Dataset<Row> frame = StanceTraining.frame(SharedSpark.get(), a, af, true);
            PipelineModel m = p.fit(frame);
            StanceClassifier c = StanceClassifier.of(m, "x");
            total += StanceTraining.measure(c, b, bf).macroF1();
          }
          System.out.printf("RESULT subset=%s mindf=%s reg=%s cv-macroF1=%.4f%n", subset, mindf, reg, total / folds);
        }
      }
    }
  }
}
