package io.stancelens.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import io.stancelens.tables.TableDef;
import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code speaker_stance_trend} table: for the run's date D, each speaker's stance counts pooled over the
 * rolling window of {@link #WINDOW_DAYS} dates ending at D (the {@code speaker_stance} partitions of those
 * dates), with the same net score and interval as {@code speaker_stance}. Dates without a partition add
 * nothing; a rerun of an earlier date does not update later windows until those dates are rerun.
 */
public final class StanceTrend {

  public static final int WINDOW_DAYS = 7;

  private StanceTrend() {}

  /**
   * @param speakerStance {@code speaker_stance} rows with their {@code date} (earlier dates and the run's)
   * @param date          the run's date, the end of the window
   */
  public static Dataset<Row> from(Dataset<Row> speakerStance, LocalDate date) {
    LocalDate start = date.minusDays(WINDOW_DAYS - 1L);
    Dataset<Row> counts = speakerStance
        .where(col(TableDef.PARTITION_COLUMN).between(lit(Date.valueOf(start)), lit(Date.valueOf(date))))
        .groupBy("target", "speaker").agg(
            first("speaker_type", true).as("speaker_type"),
            countDistinct(col(TableDef.PARTITION_COLUMN)).as("days"),
            sum("statements").cast("long").as("statements"),
            sum("relevant_statements").cast("long").as("relevant_statements"),
            sum("favor").cast("long").as("favor"),
            sum("against").cast("long").as("against"),
            sum("neutral").cast("long").as("neutral"))
        .withColumn("window_start", lit(Date.valueOf(start)))
        .withColumn("window_days", lit(WINDOW_DAYS));
    return NetStance.add(counts);
  }
}
