package io.stancelens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancelens.bench.Benchmarks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Throughput of the annotate stage against CoreNLP's default sentiment pipeline, side by side",
        "in one JVM, and the Spark speed-up of local[2] over local[1]. Last line: one JSON object."})
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--input", paramLabel = "PATH",
      description = "Documents (.txt / .jsonl); default: the sample article and PolNeAR dev articles.")
  Path input;

  @Option(names = "--documents", defaultValue = "4", paramLabel = "N",
      description = "Documents in the annotate comparison (default: ${DEFAULT-VALUE}).")
  int documents;

  @Option(names = "--spark-documents", defaultValue = "64", paramLabel = "N",
      description = "Documents in the local[1] vs local[2] runs; 0 skips them (default: ${DEFAULT-VALUE}).")
  int sparkDocuments;

  @Override
  public Integer call() throws Exception {
    Path repo = Paths.get(System.getProperty("stancelens.repo", ".")).toAbsolutePath().normalize();
    Path work = Files.createTempDirectory("stancelens-bench");
    Map<String, Object> report = Benchmarks.run(repo, input, documents, sparkDocuments, work);
    System.out.printf("annotate stage: %.1f sentences/s per core; CoreNLP default sentiment pipeline: %.2f;"
            + " ratio %.1f (per CPU-second of this JVM: %.1f vs %.2f, ratio %.1f)%n",
        report.get("ours_sentences_per_second_per_core"), report.get("baseline_sentences_per_second_per_core"),
        report.get("ratio"), report.get("ours_sentences_per_cpu_second"),
        report.get("baseline_sentences_per_cpu_second"), report.get("ratio_cpu"));
    System.out.printf("two threads in one JVM, no Spark: %.2fx one thread%n", report.get("two_threads_speedup"));
    if (report.containsKey("local2_speedup")) {
      System.out.printf("Spark, %s documents: local[1] %.2f s, local[2] %.2f s: %.2fx (annotate stage busy %.0f%%"
              + " of its time on both cores)%n", report.get("spark_documents"), report.get("local1_annotate_seconds"),
          report.get("local2_annotate_seconds"), report.get("local2_speedup"),
          100 * (double) report.getOrDefault("local2_core_utilisation", Double.NaN));
    }
    System.out.println(new ObjectMapper().writeValueAsString(report));
    return 0;
  }
}
