package io.stancelens.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;

import io.stancelens.ingest.ArticleGate;
import io.stancelens.ingest.IngestLimits;
import io.stancelens.ingest.InputParser;
import io.stancelens.ingest.Reject;
import io.stancelens.tables.Rows;
import io.stancelens.tables.Tables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Parquet input: files with an {@code id} column and a string {@code text} column (optional string
 * {@code title, source, url} and {@code published_at} as ISO string or timestamp), read with Spark. Each
 * file's schema is checked from its footer first; a file without the schema, or that cannot be read, is one
 * reject. Every row goes through {@link InputParser#fromFields} and {@link ArticleGate}, as a JSON line does.
 * A row's input reference is {@code path:N}, N its 1-based row number in the file.
 */
final class ParquetInput {

  private static final Set<String> OPTIONAL = Set.of("title", "source", "url", "published_at");

  private ParquetInput() {}

  /** Rows of {@link Tables#INGESTED}: one per Parquet row, plus one reject per unusable file. */
  static Dataset<Row> read(SparkSession spark, List<String> paths, IngestLimits limits) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<String> usable = new ArrayList<>();
    List<Row> rejects = new ArrayList<>();
    for (String path : paths) {
      String problem = schemaProblem(path, conf);
      if (problem == null) {
        usable.add(path);
      } else {
        rejects.add(Rows.ingested(new Reject(path, null, Reject.INGEST,
            problem.startsWith("cannot") ? "unreadable-parquet" : "parquet-schema", problem)));
      }
    }
    Dataset<Row> out = spark.createDataFrame(rejects, Tables.INGESTED);
    if (usable.isEmpty()) {
      return out;
    }
    Dataset<Row> raw = spark.read().option("mergeSchema", "true").parquet(usable.toArray(String[]::new));
    StructType schema = raw.schema();
    List<Column> columns = new ArrayList<>(List.of(
        col("_metadata.file_path").as("file_path"), col("_metadata.row_index").as("row_index"),
        col("id").cast("string").as("id"), col("text")));
    for (String name : List.of("title", "source", "url", "published_at")) {
      if (!List.of(schema.fieldNames()).contains(name)) {
        columns.add(lit(null).cast("string").as(name));
      } else if (schema.apply(name).dataType() == DataTypes.TimestampType) {
        columns.add(date_format(col(name), "yyyy-MM-dd'T'HH:mm:ss.SSSXXX").as(name));
      } else {
        columns.add(col(name).cast("string").as(name));
      }
    }
    Dataset<Row> rows = raw.select(columns.toArray(Column[]::new))
        .map(new RowFunction(limits), Encoders.row(Tables.INGESTED));
    return out.unionByName(rows);
  }

  /** Null when the file has a usable id/text schema, else what is wrong with it. */
  static String schemaProblem(String path, Configuration conf) {
    MessageType schema;
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(new Path(path), conf))) {
      schema = reader.getFooter().getFileMetaData().getSchema();
    } catch (IOException | RuntimeException e) {
      return "cannot read the Parquet footer: " + e;
    }
    if (!schema.containsField("id") || !schema.getType("id").isPrimitive()) {
      return "no 'id' column of a simple type; columns: " + names(schema);
    }
    if (!schema.containsField("text") || !schema.getType("text").isPrimitive()
        || schema.getType("text").asPrimitiveType().getPrimitiveTypeName()
            != PrimitiveType.PrimitiveTypeName.BINARY) {
      return "no string 'text' column; columns: " + names(schema);
    }
    for (String name : OPTIONAL) {
      if (schema.containsField(name) && !schema.getType(name).isPrimitive()) {
        return "'" + name + "' is not a simple column";
      }
    }
    return null;
  }

  private static List<String> names(MessageType schema) {
    return schema.getFields().stream().map(Type::getName).toList();
  }

  private static final class RowFunction implements MapFunction<Row, Row> {
    private final IngestLimits limits;

    RowFunction(IngestLimits limits) {
      this.limits = limits;
    }

    @Override
    public Row call(Row row) {
      String ref = row.<String>getAs("file_path") + ":" + (row.<Long>getAs("row_index") + 1);
      return Rows.ingested(ArticleGate.check(InputParser.fromFields(ref, row.getAs("id"), row.getAs("text"),
          row.getAs("title"), row.getAs("source"), row.getAs("url"), row.getAs("published_at")), limits));
    }
  }
}
