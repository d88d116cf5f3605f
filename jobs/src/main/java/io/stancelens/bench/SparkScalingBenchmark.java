package io.stancelens.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancelens.ingest.Article;
import io.stancelens.jobs.RunJob;
import io.stancelens.jobs.RunResult;
import io.stancelens.jobs.SparkSessions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The run job's annotate stage on local[1] and local[2], same input, same JVM (the CoreNLP pipeline is
 * already loaded and shared): how well the task threads share one pipeline. One warm-up run, then the two
 * masters alternately, {@value #ROUNDS} runs each, the fastest run of each compared.
 */
final class SparkScalingBenchmark {

  /** Measured runs per master, after one warm-up run; the fastest of each is compared. */
  private static final int ROUNDS = 3;

  private final List<Article> documents;
  private final Path workDir;

  SparkScalingBenchmark(List<Article> documents, Path workDir) {
    this.documents = documents;
    this.workDir = workDir;
  }

  Map<String, Object> run() {
    Path input = writeInput();
    Map<String, Object> report = new LinkedHashMap<>();
    runOn("local[2]", input, "warmup"); // the JIT and the shared pipeline warm on this input first
    List<Double> one = new ArrayList<>();
    List<Double> two = new ArrayList<>();
    RunResult last = null;
    for (int round = 0; round < ROUNDS; round++) { // alternated, so drift in the machine's load hits both
      one.add(runOn("local[1]", input, "out1-" + round).annotateSeconds());
      last = runOn("local[2]", input, "out2-" + round);
      two.add(last.annotateSeconds());
    }
    double best1 = one.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double best2 = two.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    report.put("spark_documents", documents.size());
    report.put("spark_sentences", last.sentences());
    report.put("local1_annotate_seconds", best1);
    report.put("local2_annotate_seconds", best2);
    report.put("local1_annotate_seconds_rounds", one);
    report.put("local2_annotate_seconds_rounds", two);
    report.put("local2_speedup", best1 / best2);
    return report;
  }

  private RunResult runOn(String master, Path input, String out) {
    SparkSession spark = SparkSessions.getOrCreate("stancelens bench " + master, master);
    try {
      return RunJob.on(spark).input(input.toString()).output(workDir.resolve(out).toString())
          .date(LocalDate.of(2000, 1, 1)).execute();
    } finally {
      spark.stop();
    }
  }

  private Path writeInput() {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    try {
      for (Article a : documents) {
        lines.add(json.writeValueAsString(Map.of("id", a.id(), "text", a.text())));
      }
      Path input = workDir.resolve("input.jsonl");
      Files.createDirectories(workDir);
      Files.write(input, lines);
      return input;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
