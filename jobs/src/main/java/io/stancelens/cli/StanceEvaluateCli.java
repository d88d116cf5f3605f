package io.stancelens.cli;

import io.stancelens.jobs.SparkSessions;
import io.stancelens.jobs.StanceEvaluation;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** {@code evaluate --task stance}: a SparkSession (to read the saved model and run the job) and the evaluation. */
final class StanceEvaluateCli {

  private StanceEvaluateCli() {}

  static int run(Path gold, Path target, Path predictions) {
    SparkSession spark = SparkSessions.getOrCreate("stancelens evaluate stance", "local[*]");
    try {
      new StanceEvaluation(spark, System.out, null).run(gold, target, predictions);
      return 0;
    } finally {
      spark.stop();
    }
  }
}
