package io.stancelens.cli;

import io.stancelens.jobs.RunJob;
import io.stancelens.jobs.RunResult;
import io.stancelens.jobs.SparkSessions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the whole pipeline on the input and write the tables' partition for the date.")
final class RunCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "A file, directory (recursive) or glob of .txt (one article each) and .jsonl files.")
  String input;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Directory of the tables (one folder per table, partitioned by date).")
  String output;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The run's date: the partition written. Default: today (UTC).")
  LocalDate date = LocalDate.now(ZoneOffset.UTC);

  @Option(names = "--master", paramLabel = "MASTER", defaultValue = "local[*]",
      description = "Spark master when not under spark-submit (default: ${DEFAULT-VALUE}).")
  String master;

  @Option(names = "--target", paramLabel = "FILE",
      description = "Stance target file, repeatable (default: models/targets/ceasefire.properties).")
  List<Path> targets;

  @Option(names = "--stance-model", paramLabel = "DIR",
      description = "Saved stance PipelineModel (default: models/stance/gwsd-lr).")
  Path stanceModel;

  @Override
  public Integer call() {
    boolean ownSession = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = SparkSessions.getOrCreate("stancelens run " + date, master);
    try {
      RunJob job = RunJob.on(spark).input(input).output(output).date(date);
      if (targets != null && !targets.isEmpty()) {
        job.stanceTargets(targets);
      }
      if (stanceModel != null) {
        job.stanceModel(stanceModel);
      }
      RunResult result = job.execute();
      System.out.printf("run %s: %d records, %d articles, %d sentences, %d rejects -> %s (date=%s) in %.1f s"
              + " (annotate %.1f sentences/s)%n",
          result.runId(), result.inputRecords(), result.articles(), result.sentences(), result.rejects(),
          result.outputDir(), result.date(), result.totalSeconds(), result.annotateSentencesPerSecond());
      return 0;
    } finally {
      if (ownSession) {
        spark.stop(); // a session the caller made (a test, a notebook) stays theirs to stop
      }
    }
  }
}
