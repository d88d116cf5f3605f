package io.stancelens.cli;

import io.stancelens.jobs.SparkSessions;
import io.stancelens.stance.StanceTraining;
import java.nio.file.Path;
import java.nio.file.Paths;

/** {@code train --task stance}: defaults, a SparkSession, and one summary line. */
final class StanceTrainCli {

  private StanceTrainCli() {}

  static int run(Path data, Path target, Path modelDir, String master) throws Exception {
    Path d = data != null ? data : Paths.get(StanceTraining.DEFAULT_DATA);
    Path t = target != null ? target : Paths.get(StanceTraining.DEFAULT_TARGET);
    Path m = modelDir != null ? modelDir : Paths.get(StanceTraining.DEFAULT_MODEL_DIR);
    return SparkSessions.use("stancelens train stance", master, spark -> {
      StanceTraining.Result r = StanceTraining.run(spark, d, t, m, 0);
      System.out.printf("stance model saved to %s: %d trained on, %d held out, regParam %s, vocabulary %d;"
              + " held-out macro-F1 %s, SemEval avg F1 %s, accuracy %s%n", r.modelDir(), r.trainItems(),
          r.heldOutItems(), r.regParam(), r.vocabulary(), r.heldOut().get("macro_f1"),
          r.heldOut().get("semeval_avg_f1_favor_against"), r.heldOut().get("accuracy"));
      return 0;
    });
  }
}
