package io.stancelens.cli;

import io.stancelens.jobs.SparkSessions;
import io.stancelens.jobs.StanceEvaluation;
import java.nio.file.Path;

/** {@code evaluate --task stance}: a SparkSession (to read the saved model and run the job) and the evaluation. */
final class StanceEvaluateCli {

  private StanceEvaluateCli() {}

  static int run(Path gold, Path target, Path predictions) throws Exception {
    return SparkSessions.use("stancelens evaluate stance", "local[*]", spark -> {
      new StanceEvaluation(spark, System.out, null).run(gold, target, predictions);
      return 0;
    });
  }
}
