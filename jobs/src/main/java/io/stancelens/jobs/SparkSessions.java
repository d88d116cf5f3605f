package io.stancelens.jobs;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The one place a SparkSession is built: embedded (local, loopback only) or from spark-submit's config. */
public final class SparkSessions {

  private SparkSessions() {}

  /** Work done with a SparkSession. */
  @FunctionalInterface
  public interface SessionWork<T> {
    T apply(SparkSession spark) throws Exception;
  }

  /**
   * Runs the work on the session that already exists in this JVM (a test's, a notebook's), leaving it
   * running, or on one made by {@link #getOrCreate} and stopped afterwards. The CLI commands use this.
   */
  public static <T> T use(String appName, String defaultMaster, SessionWork<T> work) throws Exception {
    boolean own = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = getOrCreate(appName, defaultMaster);
    try {
      return work.apply(spark);
    } finally {
      if (own) {
        spark.stop();
      }
    }
  }

  /**
   * Under spark-submit (spark.master set by it) the submitted configuration is used as is; otherwise an
   * embedded Spark on {@code defaultMaster}, bound to 127.0.0.1 with the UI off.
   */
  public static SparkSession getOrCreate(String appName, String defaultMaster) {
    SparkConf conf = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    if (!conf.contains("spark.master")) {
      builder.master(defaultMaster)
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "8");
      if (!conf.contains("spark.hadoop.fs.file.impl")) {
        // file:// without a chmod process per file and directory (see NioLocalFileSystem); the stock one
        // with -Dspark.hadoop.fs.file.impl=org.apache.hadoop.fs.LocalFileSystem
        builder.config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
      }
    }
    return builder
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
  }
}
