package io.stancelens.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stancelens.sentiment.SentimentLabel;
import io.stancelens.sentiment.ThreeClass;
import io.stancelens.tables.Tables;
import io.stancelens.testing.SharedSpark;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sentences table's sentiment columns after a run on the seed article: news model and RNTN side by side. */
class RunJobSentimentTest {

  static final LocalDate DATE = LocalDate.parse("2025-03-18");
  static SparkSession spark;
  static Path out;
  static List<Row> sentences;

  @BeforeAll
  static void run() throws IOException {
    spark = SharedSpark.get();
    out = SharedSpark.testOutput().resolve("sentiment-run");
    if (Files.exists(out)) {
      try (Stream<Path> paths = Files.walk(out)) {
        paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
    RunJob.on(spark).input(SharedSpark.repo().resolve("data/sample").toString()).output(out.toString())
        .date(DATE).execute();
    sentences = spark.read().parquet(out.resolve(Tables.SENTENCES.name()).toString()).collectAsList();
  }

  @Test
  void sentencesCarryTheNewsScoreAndTheRntnsFiguresInTheirOwnColumns() {
    assertTrue(sentences.size() > 50, "the seed article has ~80 sentences: " + sentences.size());
    int differ = 0;
    for (Row s : sentences) {
      double score = s.getAs("sentiment_score");
      assertTrue(score >= -1 && score <= 1, "score " + score);
      assertEquals(ThreeClass.of(score).tableName(), s.getAs("sentiment_label"));
      List<Double> probs = s.getList(s.fieldIndex("rntn_probs"));
      double[] p = probs.stream().mapToDouble(Double::doubleValue).toArray();
      assertEquals(5, p.length);
      assertEquals(SentimentLabel.argmax(p).tableName(), s.getAs("rntn_label"));
      assertEquals(SentimentLabel.expectedScore(p), (double) s.getAs("rntn_score"), 1e-9);
      if (Math.abs(score - (double) s.getAs("rntn_score")) > 1e-6) {
        differ++;
      }
    }
    assertEquals(sentences.size(), differ, "sentiment_score is the news model's, not a copy of the RNTN's");
  }

  @Test
  void theTableSchemaIsTheOneDefinedInTables() {
    List<String> expected = new ArrayList<>(List.of(Tables.SENTENCES.columnNames()));
    expected.add("date");
    assertEquals(expected, List.of(sentences.get(0).schema().fieldNames()));
  }

  @Test
  void articleSentimentSummarisesTheNewsScores() {
    Row summary = spark.read().parquet(out.resolve(Tables.ARTICLE_SENTIMENT.name()).toString()).collectAsList().get(0);
    double mean = sentences.stream().mapToDouble(r -> r.getAs("sentiment_score")).average().orElseThrow();
    assertEquals(mean, summary.getAs("mean_sentiment"), 1e-9);
    double negative = sentences.stream().filter(r -> "negative".equals(r.getAs("sentiment_label"))).count()
        / (double) sentences.size();
    assertEquals(negative, summary.getAs("share_negative"), 1e-9);
  }

  @Test
  void theRunRecordsTheNewsModelsTime() {
    Row run = spark.read().parquet(out.resolve(Tables.RUNS.name()).toString()).collectAsList().get(0);
    double seconds = run.getAs("sentiment_model_seconds");
    assertTrue(seconds > 0 && seconds < (double) run.getAs("total_seconds"), "sentiment_model_seconds " + seconds);
  }
}
