package io.stancelens.jobs;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stancelens.tables.Tables;
import io.stancelens.testing.SharedSpark;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The run job on the sample article, then the quotes, speakers and sentences tables read back from Parquet. */
class QuoteTablesRunTest {

  @Test
  void quotesAndSpeakersTablesOfTheSample() {
    SparkSession spark = SharedSpark.get();
    String out = SharedSpark.testOutput().resolve("attribution-run").toString();
    RunJob.on(spark).input(SharedSpark.repo().resolve("data/sample").toString()).output(out)
        .date(LocalDate.parse("2025-03-18")).execute();

    Dataset<Row> quotes = spark.read().parquet(out + "/" + Tables.QUOTES.name());
    assertEquals(List.of(Tables.QUOTES.readSchema().fieldNames()), List.of(quotes.schema().fieldNames()));
    List<Row> direct = quotes.where(col("kind").equalTo("direct")).orderBy("quote_index").collectAsList();
    assertEquals(15, direct.size());
    Row decided = quotes.where(col("text").equalTo("decided")).first();
    assertEquals("NONE", decided.getAs("speaker_type"));
    assertNull(decided.getAs("speaker"));
    Row lozibskyi = quotes.where(col("text").startsWith("In essence")).first();
    assertEquals("Roman Lozibskyi", lozibskyi.getAs("speaker"));
    assertEquals("he", lozibskyi.getAs("speaker_mention"));
    String text = spark.read().parquet(out + "/" + Tables.ARTICLES.name()).first().getAs("text");
    int b = lozibskyi.getAs("speaker_begin");
    int e = lozibskyi.getAs("speaker_end");
    assertEquals("he", text.substring(b, e));
    assertEquals(lozibskyi.<String>getAs("text"), text.substring(lozibskyi.<Integer>getAs("begin"),
        lozibskyi.<Integer>getAs("end")));
    assertTrue(quotes.where(col("kind").equalTo("reported")).count() >= 8);

    Dataset<Row> speakers = spark.read().parquet(out + "/" + Tables.SPEAKERS.name());
    assertEquals(List.of(Tables.SPEAKERS.readSchema().fieldNames()), List.of(speakers.schema().fieldNames()));
    Row prokopiev = speakers.where(col("speaker").equalTo("Vadim Prokopiev")).first();
    assertEquals("PERSON", prokopiev.getAs("speaker_type"));
    assertTrue(prokopiev.<Long>getAs("direct") >= 6);
    assertEquals(1L, prokopiev.<Long>getAs("articles"));
    Row putin = speakers.where(col("speaker").equalTo("Vladimir Putin")).first();
    assertTrue(putin.<Long>getAs("reported") >= 3);
    assertEquals(0, speakers.where(col("speaker").equalTo("Putin")).count(), "Putin merged into Vladimir Putin");

    Dataset<Row> sentences = spark.read().parquet(out + "/" + Tables.SENTENCES.name());
    Row quoted = sentences.where(col("text").startsWith("“Tragically")).first();
    assertEquals("Vadim Prokopiev", quoted.getAs("speaker"));
    assertNotNull(quoted.getAs("quote_index"));
    assertTrue(sentences.where(col("speaker").isNull()).count() > 0);
  }
}
