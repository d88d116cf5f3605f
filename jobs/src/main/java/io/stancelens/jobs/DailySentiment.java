package io.stancelens.jobs;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.sum;
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
    return articleSentiment.groupBy(col(TableDef.PARTITION_COLUMN), col("source")).agg(
            count(lit(1)).as("articles"),
            sum("sentences").cast("long").as("sentences"),
            sum("tokens").cast("long").as("tokens"),
            avg("mean_sentiment").as("mean_sentiment"),
            expr("sum(token_weighted_sentiment * tokens) / sum(tokens)").as("token_weighted_sentiment"),
            stddev_samp("mean_sentiment").as("sentiment_stddev"),
            count(when(col("sentiment_label").equalTo("negative"), 1)).as("negative_articles"),
            count(when(col("sentiment_label").equalTo("neutral"), 1)).as("neutral_articles"),
            count(when(col("sentiment_label").equalTo("positive"), 1)).as("positive_articles"))
        .withColumn("share_negative", col("negative_articles").divide(col("articles")))
        .withColumn("share_positive", col("positive_articles").divide(col("articles")));
  }
}
