package io.stancelens.jobs;

import io.stancelens.ingest.IngestLimits;
import io.stancelens.ingest.InputFormat;
import io.stancelens.ingest.InputParser;
import io.stancelens.tables.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job's input as rows of {@link Tables#INGESTED}, one per record read. Files are listed on the driver
 * ({@link #list}) without reading their content; Parquet files are read by Spark ({@link ParquetInput}), every other file is
 * streamed by one task ({@link IngestFunction}).
 */
final class InputReading {

  private static final StructType LISTING = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("length", DataTypes.LongType, false);

  private static final Logger LOG = LoggerFactory.getLogger(InputReading.class);

  private InputReading() {}

  /**
   * The files the input names: a file, every file under a directory (recursively), or the matches of a
   * glob. Names starting with {@code .} or {@code _} below a named directory are skipped, as Hadoop and
   * Spark skip them ({@code _SUCCESS}, {@code .crc}, {@code _staging}). Unlike Spark's file sources this
   * keeps empty files, which must become {@code empty} rejects rather than vanish.
   */
  static List<Row> list(SparkSession spark, String input) {
    try {
      Path pattern = new Path(input);
      FileSystem fs = pattern.getFileSystem(spark.sparkContext().hadoopConfiguration());
      FileStatus[] matches = fs.globStatus(pattern);
      if (matches == null || matches.length == 0) {
        throw new InputMissingException("input not found: " + input);
      }
      List<Row> files = new ArrayList<>();
      for (FileStatus match : matches) {
        if (match.isFile()) {
          files.add(RowFactory.create(match.getPath().toString(), match.getLen()));
          continue;
        }
        String base = match.getPath().toUri().getPath();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
        int hidden = 0;
        while (it.hasNext()) {
          LocatedFileStatus file = it.next();
          String below = file.getPath().toUri().getPath().substring(base.length());
          if (Arrays.stream(below.split("/")).noneMatch(n -> n.startsWith(".") || n.startsWith("_"))) {
            files.add(RowFactory.create(file.getPath().toString(), file.getLen()));
          } else {
            hidden++;
          }
        }
        if (hidden > 0) {
          LOG.info("input {}: {} hidden files (names starting with . or _) not read", match.getPath(), hidden);
        }
      }
      files.sort(Comparator.comparing(r -> r.getString(0)));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input " + input, e);
    }
  }

  static Dataset<Row> read(SparkSession spark, String input, InputFormat format, IngestLimits limits) {
    List<Row> files = list(spark, input);
    List<String> parquet = new ArrayList<>();
    List<Row> streamed = new ArrayList<>();
    for (Row file : files) {
      String path = file.getString(0);
      if (InputFormat.of(InputParser.fileNameOf(path), format) == InputFormat.PARQUET) {
        parquet.add(path);
      } else {
        streamed.add(file);
      }
    }
    Map<String, String> conf = new HashMap<>();
    spark.sparkContext().hadoopConfiguration().forEach(e -> conf.put(e.getKey(), e.getValue()));
    int slices = Math.max(1, Math.min(streamed.size(), 4 * spark.sparkContext().defaultParallelism()));
    Dataset<Row> fromFiles = spark.createDataFrame(streamed, LISTING).repartition(slices)
        .flatMap(new IngestFunction(conf, format, limits), Encoders.row(Tables.INGESTED));
    return parquet.isEmpty() ? fromFiles : fromFiles.unionByName(ParquetInput.read(spark, parquet, limits));
  }
}
