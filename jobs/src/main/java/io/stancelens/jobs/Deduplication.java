package io.stancelens.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import io.stancelens.ingest.Reject;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Splits the parsed articles of a run into the ones to process, the repeats, and the id conflicts. The
 * first occurrence (by input reference) is kept.
 * <ul>
 *   <li>same id, same normalised text: a repeat, counted in {@code duplicates} ({@code same-id-same-text});
 *   <li>same id, different text: a reject {@code duplicate-id} naming where the kept one was read;
 *   <li>another id, same normalised text: a repeat ({@code same-text}), pointing to the kept article.
 * </ul>
 */
final class Deduplication {

  /** Articles (ARTICLE_FIELDS), duplicates (Tables.DUPLICATES columns), rejects (REJECT_FIELDS). */
  record Split(Dataset<Row> articles, Dataset<Row> duplicates, Dataset<Row> rejects) {}

  private Deduplication() {}

  /** @param parsed ARTICLE_FIELDS plus {@code dedupe_key} */
  static Split split(Dataset<Row> parsed) {
    WindowSpec byId = Window.partitionBy("article_id").orderBy("input_ref");
    Dataset<Row> byIdRanked = parsed.withColumn("_rank", row_number().over(byId))
        .withColumn("_kept_ref", first("input_ref").over(byId))
        .withColumn("_kept_key", first("dedupe_key").over(byId));
    Dataset<Row> repeatsOfId = byIdRanked.where("_rank > 1");
    Dataset<Row> sameIdSameText = repeatsOfId.where(col("dedupe_key").equalTo(col("_kept_key")))
        .select(col("input_ref"), col("article_id"), col("article_id").as("kept_article_id"),
            col("_kept_ref").as("kept_input_ref"), lit("same-id-same-text").as("match"), col("dedupe_key"));
    Dataset<Row> idConflicts = repeatsOfId.where(col("dedupe_key").notEqual(col("_kept_key")))
        .select(col("input_ref"), col("article_id"), lit(Reject.INGEST).as("stage"),
            lit("duplicate-id").as("reason"),
            concat(lit("article id already read from "), col("_kept_ref"),
                lit(" with a different text; the first one is processed")).as("detail"));

    WindowSpec byText = Window.partitionBy("dedupe_key").orderBy("input_ref");
    Dataset<Row> byTextRanked = byIdRanked.where("_rank = 1").drop("_rank", "_kept_ref", "_kept_key")
        .withColumn("_rank", row_number().over(byText))
        .withColumn("_kept_id", first("article_id").over(byText))
        .withColumn("_kept_ref", first("input_ref").over(byText));
    Dataset<Row> sameText = byTextRanked.where("_rank > 1")
        .select(col("input_ref"), col("article_id"), col("_kept_id").as("kept_article_id"),
            col("_kept_ref").as("kept_input_ref"), lit("same-text").as("match"), col("dedupe_key"));
    Column[] articleColumns = parsed.drop("dedupe_key").columns().length == 0 ? new Column[0]
        : java.util.Arrays.stream(parsed.drop("dedupe_key").columns()).map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> articles = byTextRanked.where("_rank = 1").select(articleColumns);
    return new Split(articles, sameIdSameText.unionByName(sameText), idConflicts);
  }
}
