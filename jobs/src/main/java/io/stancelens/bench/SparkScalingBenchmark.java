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
 * The run job's annotate stage on local[1] and then local[2], same input, same JVM (the CoreNLP pipeline is
 * already warm and shared): how well the task threads share one pipeline.
 */
final class SparkScalingBenchmark {

  private final List<Article> documents;
  private final Path workDir;

  SparkScalingBenchmark(List<Article> documents, Path workDir) {
    this.documents = documents;
    this.workDir = workDir;
  }

  Map<String, Object> run() {
    Path input = writeInput();
    Map<String, Object> report = new LinkedHashMap<>();
    RunResult one = runOn("local[1]", input, "out1");
    RunResult two = runOn("local[2]", input, "out2");
    report.put("spark_documents", documents.size());
    report.put("spark_sentences", two.sentences());
    report.put("local1_annotate_seconds", one.annotateSeconds());
    report.put("local2_annotate_seconds", two.annotateSeconds());
    report.put("local2_speedup", one.annotateSeconds() / two.annotateSeconds());
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
