package io.stancelens.jobs;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import io.stancelens.tables.TableDef;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code daily_sentiment} table: {@code article_sentiment} rows summarised per date and source. The run
 * computes the partition of its date from the {@code article_sentiment} partition it has just staged; the
 * same function over the whole {@code article_sentiment} table gives every date at once (a backfill).
 * Speaker stance trends over a rolling window belong here too once the stance tables exist (stance issue).
 */
public final class DailySentiment {

  private DailySentiment() {}

  /**
   * @param articleSentiment rows of {@code article_sentiment} as read back, with the {@code date} column
   * @return one row per (date, source), with the {@code daily_sentiment} columns and {@code date}
   */
  public static Dataset<Row> from(Dataset<Row> articleSentiment) {
    // Double sums over sorted values: the same bits whatever the partitioning (local, cluster, a lost
    // executor), so reruns and cluster runs write identical tables.
    return articleSentiment.groupBy(col(TableDef.PARTITION_COLUMN), col("source")).agg(
            count(lit(1)).as("articles"),
            sum("sentences").cast("long").as("sentences"),
            sum("tokens").cast("long").as("tokens"),
            array_sort(collect_list(col("mean_sentiment"))).as("_means"),
            array_sort(collect_list(struct(col("token_weighted_sentiment"), col("tokens")))).as("_weighted"),
            count(when(col("sentiment_label").equalTo("negative"), 1)).as("negative_articles"),
            count(when(col("sentiment_label").equalTo("neutral"), 1)).as("neutral_articles"),
            count(when(col("sentiment_label").equalTo("positive"), 1)).as("positive_articles"))
        .withColumn("mean_sentiment", expr("aggregate(_means, 0D, (acc, x) -> acc + x) / size(_means)"))
        .withColumn("token_weighted_sentiment", expr("aggregate(_weighted, 0D,"
            + " (acc, x) -> acc + x.token_weighted_sentiment * x.tokens) / tokens"))
        .withColumn("sentiment_stddev", expr("CASE WHEN size(_means) > 1 THEN sqrt(aggregate(_means, 0D,"
            + " (acc, x) -> acc + (x - mean_sentiment) * (x - mean_sentiment)) / (size(_means) - 1)) END"))
        .withColumn("share_negative", col("negative_articles").divide(col("articles")))
        .withColumn("share_positive", col("positive_articles").divide(col("articles")))
        .drop("_means", "_weighted");
  }
}
