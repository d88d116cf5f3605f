package io.stancelens.cluster;

import io.stancelens.testing.SharedSpark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A stock Spark distribution of the jar's Spark version (the pyspark package from PyPI, which carries
 * bin/spark-submit and bin/spark-class), installed once under ~/.cache/stancelens by
 * {@code jobs/src/test/cluster/install-spark.sh}.
 */
final class SparkDistribution {

  private SparkDistribution() {}

  static Path install() throws IOException, InterruptedException {
    String version = System.getProperty("stancelens.sparkVersion", "4.2.0");
    Path script = SharedSpark.repo().resolve("jobs/src/test/cluster/install-spark.sh");
    Path log = Files.createTempFile("install-spark", ".log");
    Process p = new ProcessBuilder("bash", script.toString(), version)
        .redirectError(log.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException("install-spark.sh failed: " + Files.readString(log) + out);
    }
    List<String> lines = out.lines().toList();
    Path home = Paths.get(lines.get(lines.size() - 1));
    if (!Files.isExecutable(home.resolve("bin/spark-submit"))) {
      throw new IllegalStateException("no bin/spark-submit under " + home);
    }
    return home;
  }
}
