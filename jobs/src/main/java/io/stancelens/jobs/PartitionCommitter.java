package io.stancelens.jobs;

import io.stancelens.tables.TableDef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a run's tables for one date so that a failed run leaves the earlier output intact: every table is
 * first written in full under {@code OUTPUT/_staging/RUN_ID/}, and only when all are written are the
 * {@code date=D} partitions swapped into place by renames, all tables or none, each with a {@code _SUCCESS}
 * marker. Other dates are never touched. (Spark's dynamic partition overwrite would replace each table's
 * partition on its own; this replaces them together and keeps the old ones until the new ones are in.) Readers (Spark, pyarrow) skip the {@code _staging} folder.
 */
final class PartitionCommitter {

  private static final Logger LOG = LoggerFactory.getLogger(PartitionCommitter.class);
  static final String STAGING = "_staging";

  private final SparkSession spark;
  private final FileSystem fs;
  private final Path output;
  private final Path staging;
  private final LocalDate date;

  PartitionCommitter(SparkSession spark, String outputDir, String runId, LocalDate date) {
    this.spark = spark;
    this.date = date;
    try {
      Path out = new Path(outputDir);
      this.fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
      this.output = fs.makeQualified(out);
      this.staging = new Path(new Path(output, STAGING), runId);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open output " + outputDir, e);
    }
  }

  String partitionName() {
    return TableDef.PARTITION_COLUMN + "=" + date;
  }

  Path tablePath(TableDef table) {
    return new Path(output, table.name());
  }

  /** Where {@link #stage} wrote the table: a Parquet table with the one partition of the date. */
  Path stagedPath(TableDef table) {
    return new Path(staging, table.name());
  }

  /** Writes the rows of one table, in the table's column order, to the staging area. */
  void stage(TableDef table, Dataset<Row> rows) {
    Path dir = new Path(staging, table.name());
    Column[] columns = Arrays.stream(table.columnNames()).map(functions::col).toArray(Column[]::new);
    rows.select(columns)
        .withColumn(TableDef.PARTITION_COLUMN, functions.lit(Date.valueOf(date)))
        .write().mode(SaveMode.ErrorIfExists).partitionBy(TableDef.PARTITION_COLUMN)
        .parquet(dir.toString());
    Path partition = new Path(dir, partitionName());
    try {
      if (!fs.exists(partition)) {
        writeEmpty(table, partition);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** No rows still makes a readable partition: one Parquet file with the schema and no rows. */
  private void writeEmpty(TableDef table, Path partition) throws IOException {
    Path tmp = new Path(staging, "_empty_" + table.name());
    spark.createDataFrame(List.<Row>of(), table.columns()).coalesce(1)
        .write().mode(SaveMode.ErrorIfExists).parquet(tmp.toString());
    fs.mkdirs(partition);
    for (FileStatus file : fs.listStatus(tmp, p -> p.getName().endsWith(".parquet"))) {
      rename(file.getPath(), new Path(partition, file.getPath().getName()));
    }
    fs.delete(tmp, true);
  }

  /**
   * Replaces the date's partition of every table with the staged one, all or nothing: each old partition is
   * moved aside and the staged one renamed in; if any step fails, the tables already swapped get their old
   * partition back, so readers see either the previous run's partitions or this run's, never a mix. Each
   * committed partition gets a {@code _SUCCESS} marker.
   */
  void commitReplacing(List<TableDef> tables) {
    Deque<TableDef> swapped = new ArrayDeque<>();
    try {
      for (TableDef table : tables) {
        swapIn(table);
        swapped.push(table);
        Failpoint.check(Failpoint.MID_COMMIT);
      }
    } catch (IOException | RuntimeException e) {
      while (!swapped.isEmpty()) {
        TableDef table = swapped.pop();
        try {
          swapBack(table);
        } catch (IOException rollback) {
          e.addSuppressed(rollback);
        }
      }
      throw e instanceof IOException io ? new UncheckedIOException("commit failed, rolled back", io)
          : (RuntimeException) e;
    }
    try {
      for (TableDef table : tables) {
        fs.create(new Path(target(table), "_SUCCESS"), true).close();
        fs.delete(previous(table), true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("commit: writing _SUCCESS failed", e);
    }
  }

  private Path target(TableDef table) {
    return new Path(tablePath(table), partitionName());
  }

  private Path previous(TableDef table) {
    return new Path(new Path(staging, "_previous"), table.name());
  }

  /** Old partition (if any) to _previous, staged partition to its place; undone here if the second fails. */
  private void swapIn(TableDef table) throws IOException {
    Path staged = new Path(new Path(staging, table.name()), partitionName());
    Path target = target(table);
    Path previous = previous(table);
    fs.mkdirs(tablePath(table));
    boolean moved = false;
    if (fs.exists(target)) {
      fs.mkdirs(previous.getParent());
      rename(target, previous);
      moved = true;
    }
    try {
      rename(staged, target);
    } catch (IOException e) {
      if (moved) {
        rename(previous, target);
      }
      throw e;
    }
  }

  /** Undoes {@link #swapIn}: the staged partition is dropped and the old one, if any, put back. */
  private void swapBack(TableDef table) throws IOException {
    Path target = target(table);
    fs.delete(target, true);
    if (fs.exists(previous(table))) {
      rename(previous(table), target);
    }
  }

  /** Adds the staged files to the table's partition for the date, keeping the files already there. */
  void commitAppending(TableDef table) {
    Path staged = new Path(new Path(staging, table.name()), partitionName());
    Path target = new Path(tablePath(table), partitionName());
    try {
      fs.mkdirs(target);
      for (FileStatus file : fs.listStatus(staged, p -> p.getName().endsWith(".parquet"))) {
        rename(file.getPath(), new Path(target, file.getPath().getName()));
      }
      fs.create(new Path(target, "_SUCCESS"), true).close();
    } catch (IOException e) {
      throw new UncheckedIOException("commit of " + table.name() + " failed", e);
    }
  }

  /** Removes this run's staging area; safe to call whatever happened. */
  void cleanUp() {
    try {
      fs.delete(staging, true);
      Path parent = staging.getParent();
      FileStatus[] left = fs.exists(parent) ? fs.listStatus(parent) : new FileStatus[0];
      if (left.length == 0) {
        fs.delete(parent, true);
      }
    } catch (IOException e) {
      LOG.warn("Could not remove staging folder {}", staging, e);
    }
  }

  private void rename(Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("rename " + from + " -> " + to + " failed");
    }
  }
}
