package io.stancelens.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancelens.ingest.Article;
import io.stancelens.jobs.RunJob;
import io.stancelens.jobs.RunResult;
import io.stancelens.jobs.SparkSessions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
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
 * already loaded and shared): how well the task threads share one pipeline. Warm-up runs until the JIT
 * compiler has settled, then the two masters alternately, {@value #ROUNDS} runs each, the fastest run of
 * each compared. Each run's JIT and GC time and the annotate stage's core utilisation are reported too.
 */
final class SparkScalingBenchmark {

  /** Measured runs per master, after one warm-up run; the fastest of each is compared. */
  private static final int ROUNDS = 3;

  /** Warm-up runs go on until JIT compiling during the annotate stage is at most this share of its time... */
  private static final double SETTLED_JIT_SHARE = 0.15;

  /** ...or this many warm-up runs were made. */
  private static final int MAX_WARMUPS = 5;

  private final List<Article> documents;
  private final Path workDir;
  private final List<Map<String, Object>> runs = new ArrayList<>();

  SparkScalingBenchmark(List<Article> documents, Path workDir) {
    this.documents = documents;
    this.workDir = workDir;
  }

  Map<String, Object> run() {
    Path input = writeInput();
    Map<String, Object> report = new LinkedHashMap<>();
    // The JIT and the shared pipeline warm on this input first, until the JIT compiler is nearly idle
    // during a run: while it still compiles, it takes the second core from local[2] and not from local[1].
    int warmups = 0;
    double jitShare;
    do {
      runOn("local[2]", input, "warmup-" + warmups);
      Map<String, Object> stats = runs.get(runs.size() - 1);
      jitShare = (double) stats.get("stage_jit_seconds") / Math.max((double) stats.get("stage_wall_seconds"), 1e-9);
      warmups++;
    } while (jitShare > SETTLED_JIT_SHARE && warmups < MAX_WARMUPS);
    report.put("spark_warmup_runs", warmups);
    report.put("spark_warmup_last_jit_share", jitShare);
    runs.clear();
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
    report.put("local2_core_utilisation", runs.stream().filter(r -> "local[2]".equals(r.get("master")))
        .mapToDouble(r -> (double) r.get("core_utilisation")).average().orElse(Double.NaN));
    report.put("spark_runs", runs);
    return report;
  }

  private RunResult runOn(String master, Path input, String out) {
    SparkSession spark = SparkSessions.getOrCreate("stancelens bench " + master, master);
    BusiestStage stages = new BusiestStage();
    spark.sparkContext().addSparkListener(stages);
    long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    long gcBefore = gcMillis();
    long uptimeBefore = ManagementFactory.getRuntimeMXBean().getUptime();
    try {
      RunResult result = RunJob.on(spark).input(input.toString()).output(workDir.resolve(out).toString())
          .date(LocalDate.of(2000, 1, 1)).execute();
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("master", master);
      run.put("annotate_seconds", result.annotateSeconds());
      run.put("jvm_uptime_ms", List.of(uptimeBefore, ManagementFactory.getRuntimeMXBean().getUptime()));
      run.put("jit_seconds", (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore) / 1000.0);
      run.put("gc_seconds", (gcMillis() - gcBefore) / 1000.0);
      run.putAll(stages.summary(spark.sparkContext().defaultParallelism()));
      runs.add(run);
      System.err.println("bench spark run " + run);
      return result;
    } finally {
      spark.stop();
    }
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
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
