package io.stancelens.bench;

import io.stancelens.ingest.Article;
import io.stancelens.jobs.RunJob;
import io.stancelens.jobs.SparkSessions;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The {@code bench} command's work: the annotate comparison, then Spark's scaling on more documents. */
public final class Benchmarks {

  private Benchmarks() {}

  /**
   * @param input          documents to use, or null for the sample plus PolNeAR dev articles
   * @param documents      how many documents the annotate comparison uses
   * @param sparkDocuments how many documents the local[1] / local[2] runs use (0 skips them)
   */
  public static Map<String, Object> run(Path repo, Path input, int documents, int sparkDocuments, Path workDir) {
    List<Article> all = input != null ? BenchDocuments.fromInput(input)
        : BenchDocuments.defaults(repo, Math.max(documents, sparkDocuments));
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no documents to benchmark");
    }
    Map<String, Object> report = new LinkedHashMap<>();
    List<Article> measured = all.subList(0, Math.min(documents, all.size()));
    SparkSession spark = SparkSessions.getOrCreate("stancelens bench", "local[1]");
    MapPartitionsFunction<Row, Row> stage;
    try {
      stage = RunJob.on(spark).annotateStage(); // loads the news and stance models as run does
    } finally {
      spark.stop();
    }
    report.putAll(new AnnotateBenchmark(measured, measured.size(), stage).run()); // warm-up: the same documents, for both
    if (sparkDocuments > 0) {
      report.putAll(new SparkScalingBenchmark(all.subList(0, Math.min(sparkDocuments, all.size())), workDir).run());
    }
    report.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576.0);
    report.put("cores", Runtime.getRuntime().availableProcessors());
    return report;
  }
}
