package io.stancelens.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import io.stancelens.ingest.Reject;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;

/**
 * Splits the parsed articles of a run into the ones to process, the repeats, and the id conflicts. The
 * first occurrence (by input reference, a string order) wins.
 * <ul>
 *   <li>same id, different normalised text: the later one is a reject {@code duplicate-id} naming where
 *       the first was read (which text is right cannot be known; neither is silently replaced);
 *   <li>same normalised text ({@link io.stancelens.ingest.DedupeKey}), same or other id: the first is
 *       processed, every other occurrence is a row of the duplicates table pointing to it
 *       ({@code same-id-same-text} or {@code same-text}) and counted in {@code runs.duplicates}.
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
        .withColumn("_first_ref", first("input_ref").over(byId))
        .withColumn("_first_key", first("dedupe_key").over(byId));
    Column conflict = col("_rank").gt(1).and(col("dedupe_key").notEqual(col("_first_key")));
    Dataset<Row> idConflicts = byIdRanked.where(conflict)
        .select(col("input_ref"), col("article_id"), lit(Reject.INGEST).as("stage"),
            lit("duplicate-id").as("reason"),
            concat(lit("article id already read from "), col("_first_ref"),
                lit(" with a different text; the first one is processed")).as("detail"));

    // What is left has one text per id; of each text the first occurrence is processed and every other
    // occurrence points to it, whether it repeats the id (same-id-same-text) or not (same-text).
    WindowSpec byText = Window.partitionBy("dedupe_key").orderBy("input_ref");
    Dataset<Row> byTextRanked = byIdRanked.where(functions.not(conflict))
        .drop("_rank", "_first_ref", "_first_key")
        .withColumn("_rank", row_number().over(byText))
        .withColumn("_kept_id", first("article_id").over(byText))
        .withColumn("_kept_ref", first("input_ref").over(byText));
    Dataset<Row> duplicates = byTextRanked.where("_rank > 1")
        .select(col("input_ref"), col("article_id"), col("_kept_id").as("kept_article_id"),
            col("_kept_ref").as("kept_input_ref"),
            when(col("article_id").equalTo(col("_kept_id")), "same-id-same-text").otherwise("same-text")
                .as("match"),
            col("dedupe_key"));
    Column[] articleColumns = Arrays.stream(parsed.drop("dedupe_key").columns()).map(functions::col)
        .toArray(Column[]::new);
    Dataset<Row> articles = byTextRanked.where("_rank = 1").select(articleColumns);
    return new Split(articles, duplicates, idConflicts);
  }
}
