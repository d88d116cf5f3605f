package io.stancelens.jobs;

import io.stancelens.ingest.IngestLimits;
import io.stancelens.ingest.InputFormat;
import io.stancelens.ingest.InputParser;
import io.stancelens.tables.Tables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The job's input as rows of {@link Tables#INGESTED}, one per record read. Files are listed with Spark's
 * binaryFile source (a file, a directory read recursively, or a glob; hidden and {@code _} files skipped),
 * without reading their content; Parquet files are read by Spark ({@link ParquetInput}), every other file is
 * streamed by one task ({@link IngestFunction}).
 */
final class InputReading {

  private static final StructType LISTING = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("length", DataTypes.LongType, false);

  private InputReading() {}

  static Dataset<Row> read(SparkSession spark, String input, InputFormat format, IngestLimits limits) {
    List<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(input)
        .select("path", "length").collectAsList();
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
