package io.stancelens.jobs;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.stancelens.attribution.SpeakerNames;
import io.stancelens.attribution.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The quotes and speakers tables from annotated articles. Speakers get one name across the run's articles:
 * the distinct (type, name) pairs, a few thousand at most, are canonicalized on the driver by
 * {@link SpeakerNames#canonicalize} and joined back as a broadcast map.
 */
final class QuoteTables {

  private static final StructType NAME_MAP = DataTypes.createStructType(List.of(
      DataTypes.createStructField("_type", DataTypes.StringType, false),
      DataTypes.createStructField("_alias", DataTypes.StringType, false),
      DataTypes.createStructField("_canonical", DataTypes.StringType, false)));

  private QuoteTables() {}

  /** One row per statement of the good annotated articles, speakers not yet canonical across articles. */
  static Dataset<Row> statements(Dataset<Row> good) {
    return good.select(col("article.article_id").as("article_id"), explode(col("statements")).as("q"))
        .select("article_id", "q.*");
  }

  /** (type, per-article name) -> run-wide canonical name. */
  static Dataset<Row> canonicalNames(SparkSession spark, Dataset<Row> statements) {
    Map<String, Long> counts = new HashMap<>();
    for (Row r : statements.where(col("speaker").isNotNull()).groupBy("speaker_type", "speaker").count()
        .collectAsList()) {
      counts.put(r.getString(0) + "\t" + r.getString(1), r.getLong(2));
    }
    List<Row> rows = new ArrayList<>();
    SpeakerNames.canonicalize(counts).forEach((typed, canonical) -> {
      String[] f = typed.split("\t", 2);
      rows.add(RowFactory.create(f[0], f[1], canonical));
    });
    return spark.createDataFrame(rows, NAME_MAP);
  }

  /** The quotes table's rows: statements with the run-wide canonical speaker, and the per-article alias. */
  static Dataset<Row> quotes(Dataset<Row> statements, Dataset<Row> names) {
    return statements.join(broadcast(names), col("speaker_type").equalTo(col("_type"))
            .and(col("speaker").equalTo(col("_alias"))), "left")
        .withColumn("_per_article", col("speaker"))
        .withColumn("speaker", coalesce(col("_canonical"), col("speaker")))
        .drop("_type", "_alias", "_canonical");
  }

  /** Sentences with their statement's speaker renamed the same way. */
  static Dataset<Row> sentences(Dataset<Row> sentences, Dataset<Row> names) {
    Dataset<Row> byName = names.groupBy("_alias").agg(first("_canonical").as("_canonical"));
    return sentences.join(broadcast(byName), col("speaker").equalTo(col("_alias")), "left")
        .withColumn("speaker", coalesce(col("_canonical"), col("speaker")))
        .drop("_alias", "_canonical");
  }

  /** One row per canonical speaker. */
  static Dataset<Row> speakers(Dataset<Row> quotes) {
    return quotes.where(col("speaker").isNotNull().and(col("speaker_type").notEqual(lit(Statement.NONE))))
        .groupBy("speaker", "speaker_type")
        .agg(sort_array(collect_set("_per_article")).as("aliases"),
            count(lit(1)).as("statements"),
            sum(when(col("kind").equalTo(Statement.DIRECT), 1L).otherwise(0L)).as("direct"),
            sum(when(col("kind").equalTo(Statement.REPORTED), 1L).otherwise(0L)).as("reported"),
            count(col("speaker_begin")).as("mentions"),
            countDistinct("article_id").as("articles"),
            sort_array(collect_set("article_id")).as("article_ids"),
            avg("confidence").as("mean_confidence"));
  }
}
