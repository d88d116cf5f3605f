package io.stancelens.cli;

import io.stancelens.jobs.SparkSessions;
import io.stancelens.stance.StanceTarget;
import io.stancelens.stance.StanceTargetTraining;
import io.stancelens.stance.StanceTraining;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * {@code train --task stance}: the generic model (for targets without labelled data: the ceasefire) and, when
 * the target file names one ({@code model=}), the target's own model; defaults, a SparkSession, and one
 * summary line per model.
 */
final class StanceTrainCli {

  private StanceTrainCli() {}

  /** @param only "generic", "target", or null for both */
  static int run(Path data, Path target, Path modelDir, String master, String only) throws Exception {
    if (only != null && !only.equals("generic") && !only.equals("target")) {
      throw new IllegalArgumentException("--only must be generic or target: " + only);
    }
    Path d = data != null ? data : Paths.get(StanceTraining.DEFAULT_DATA);
    Path t = target != null ? target : Paths.get(StanceTraining.DEFAULT_TARGET);
    Path m = modelDir != null ? modelDir : Paths.get(StanceTraining.DEFAULT_MODEL_DIR);
    StanceTarget stanceTarget = StanceTarget.load(t);
    if ("target".equals(only) && stanceTarget.model() == null) {
      throw new IllegalArgumentException(t + " names no target model (model=)");
    }
    return SparkSessions.use("stancelens train stance", master, spark -> {
      if (!"target".equals(only)) {
        StanceTraining.Result r = StanceTraining.run(spark, d, t, m, 0);
        System.out.printf("generic stance model saved to %s: %d trained on, %d held out, regParam %s, vocabulary %d;"
                + " held-out macro-F1 %s, SemEval avg F1 %s, accuracy %s%n", r.modelDir(), r.trainItems(),
            r.heldOutItems(), r.regParam(), r.vocabulary(), r.heldOut().get("macro_f1"),
            r.heldOut().get("semeval_avg_f1_favor_against"), r.heldOut().get("accuracy"));
      }
      if (!"generic".equals(only) && stanceTarget.model() != null) {
        StanceTargetTraining.Result r = StanceTargetTraining.run(spark, d, t, Paths.get(stanceTarget.model()), 0);
        System.out.printf("%s stance model saved to %s: %d trained on, %d held out, regParam %s (CV %s),"
                + " vocabulary %d; held-out macro-F1 %s, SemEval avg F1 %s, accuracy %s%n", stanceTarget.name(),
            r.modelDir(), r.trainItems(), r.heldOutItems(), r.regParam(), r.crossValidation(), r.vocabulary(),
            r.heldOut().get("macro_f1"), r.heldOut().get("semeval_avg_f1_favor_against"), r.heldOut().get("accuracy"));
      }
      return 0;
    });
  }
}
