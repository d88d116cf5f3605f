package io.stancelens.testing;

import io.stancelens.jobs.SparkSessions;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.spark.sql.SparkSession;

/**
 * The one local SparkSession of the test JVM (surefire runs all test classes in one fork), bound to
 * loopback, and the paths tests share. Never stopped by a test: the JVM's exit ends it.
 */
public final class SharedSpark {

  private static SparkSession spark;

  private SharedSpark() {}

  public static synchronized SparkSession get() {
    if (spark == null) {
      spark = SparkSessions.getOrCreate("stancelens-tests", "local[2]");
    }
    return spark;
  }

  /** The repository root (surefire sets stancelens.repo; from an IDE, the parent of jobs/). */
  public static Path repo() {
    String repo = System.getProperty("stancelens.repo");
    return repo != null ? Paths.get(repo).toAbsolutePath().normalize() : Paths.get("..").toAbsolutePath().normalize();
  }

  /** The shared corpora beside the checkout: {@code ../shared/corpus}. */
  public static Path sharedCorpus() {
    return repo().resolve("../shared/corpus").normalize();
  }

  /** Where tests leave output worth keeping (the notebooks run over the tables written here). */
  public static Path testOutput() {
    String out = System.getProperty("stancelens.testOutput");
    return out != null ? Paths.get(out) : repo().resolve("jobs/target/test-output");
  }
}
