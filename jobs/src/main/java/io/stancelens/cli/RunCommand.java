package io.stancelens.cli;

import io.stancelens.ingest.InputFormat;
import io.stancelens.jobs.RunJob;
import io.stancelens.jobs.RunResult;
import io.stancelens.jobs.SparkSessions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the whole pipeline on the input and write the tables' partition for the date.")
final class RunCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "A file, directory (recursive) or glob of .txt (one article each), .jsonl, .parquet "
          + "(id, text), .html and .warc/.warc.gz files.")
  String input;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "Input format of every file: auto (from each file's name), txt, jsonl, parquet, html or "
          + "warc (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--doc-timeout", paramLabel = "SECONDS", defaultValue = "120",
      description = "Seconds one article's annotation may take before it is abandoned as a 'timeout' "
          + "reject (default: ${DEFAULT-VALUE}).")
  long docTimeoutSeconds;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Directory of the tables (one folder per table, partitioned by date).")
  String output;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The run's date: the partition written. Default: today (UTC).")
  LocalDate date = LocalDate.now(ZoneOffset.UTC);

  @Option(names = "--reprocess",
      description = "Also annotate articles already processed on an earlier date (same id and content hash)."
          + " Default: they are skipped and counted in the runs table.")
  boolean reprocess;

  @Option(names = "--master", paramLabel = "MASTER", defaultValue = "local[*]",
      description = "Spark master when not under spark-submit (default: ${DEFAULT-VALUE}).")
  String master;

  @Option(names = "--target", paramLabel = "FILE",
      description = "Stance target file, repeatable (default: models/targets/ceasefire.properties).")
  List<Path> targets;

  @Option(names = "--stance-model", paramLabel = "DIR",
      description = "Saved stance PipelineModel for every target (default: the one each target file names with"
          + " model=, else the generic models/stance/gwsd-lr).")
  Path stanceModel;

  @Override
  public Integer call() throws Exception {
    InputFormat.parseOption(format); // a bad --format is a usage error before Spark starts
    if (docTimeoutSeconds <= 0) {
      throw new IllegalArgumentException("--doc-timeout must be positive: " + docTimeoutSeconds);
    }
    return SparkSessions.use("stancelens run " + date, master, spark -> {
      RunJob job = RunJob.on(spark).input(input).output(output).date(date).format(format)
          .documentTimeout(Duration.ofSeconds(docTimeoutSeconds)).reprocess(reprocess);
      if (targets != null && !targets.isEmpty()) {
        job.stanceTargets(targets);
      }
      if (stanceModel != null) {
        job.stanceModel(stanceModel);
      }
      RunResult result = job.execute();
      System.out.printf("run %s: %d records, %d articles, %d sentences, %d rejects, %d duplicates, %d skipped"
              + " -> %s (date=%s) in %.1f s (annotate %.1f sentences/s)%n",
          result.runId(), result.inputRecords(), result.articles(), result.sentences(), result.rejects(),
          result.duplicates(), result.skipped(), result.outputDir(), result.date(), result.totalSeconds(),
          result.annotateSentencesPerSecond());
      return 0;
    });
  }
}
