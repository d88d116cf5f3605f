package io.stancelens.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stancelens.ingest.Fixtures;
import io.stancelens.tables.Tables;
import io.stancelens.testing.NightlyInputs;
import io.stancelens.testing.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Three nightly runs on consecutive dates into one output: the multi-date sample the trends notebook
 * (03_trends) runs on in CI, under {@code target/test-output/trend-tables}. Each day has two short PolNeAR
 * articles (real 2016 political news, their own publishers) and one section of the seed article (the
 * sample is the seed cut at its headings, so it exercises the multi-date path; it is not a news flow).
 */
class TrendSampleTest {

  static final LocalDate FIRST = LocalDate.parse("2025-03-18");
  static final String[] HEADINGS = {"Infrastructure Strikes Off Limits (Maybe)", "Oil War", "Is An Armistice Even Possible?"};

  @Test
  void threeNightlyRunsMakeOneTableSetWithThreeDates() throws IOException {
    Path out = SharedSpark.testOutput().resolve("trend-tables");
    RunJobEndToEndTest.deleteRecursively(out);
    Path in = Files.createDirectories(SharedSpark.testOutput().resolve("trend-input"));
    List<String> sections = seedSections();
    List<ObjectNode> news = NightlyInputs.shortArticles();
    ObjectMapper json = new ObjectMapper();
    SparkSession spark = SharedSpark.get();
    for (int day = 0; day < 3; day++) {
      List<ObjectNode> articles = new ArrayList<>(List.of(news.get(2 * day), news.get(2 * day + 1)));
      String text = day < 2 ? sections.get(day) : sections.get(2) + "\n" + sections.get(3);
      ObjectNode part = json.createObjectNode();
      part.put("id", "putin-trump-call-part-" + (day + 1));
      part.put("source", "19FortyFive");
      part.put("published_at", FIRST.plusDays(day).toString());
      part.put("text", text);
      articles.add(part);
      Path file = NightlyInputs.writeJsonl(in.resolve("day-" + (day + 1) + ".jsonl"), articles);
      RunResult run = RunJob.on(spark).input(file.toString()).output(out.toString()).date(FIRST.plusDays(day)).execute();
      assertEquals(3, run.articles(), "day " + (day + 1));
    }
    List<Row> daily = spark.read().parquet(out.resolve(Tables.DAILY_SENTIMENT.name()).toString()).collectAsList();
    assertEquals(3, daily.stream().map(r -> r.getAs("date").toString()).distinct().count());
    assertTrue(daily.stream().map(r -> (String) r.getAs("source")).distinct().count() >= 3, "several sources");
    List<Row> trend = spark.read().parquet(out.resolve(Tables.SPEAKER_STANCE_TREND.name()).toString())
        .where("date = '2025-03-20' and target = 'ceasefire'").collectAsList();
    List<Row> perDay = spark.read().parquet(out.resolve(Tables.SPEAKER_STANCE.name()).toString())
        .where("target = 'ceasefire'").collectAsList();
    for (Row speaker : trend) {
      long pooled = perDay.stream().filter(r -> speaker.getAs("speaker").equals(r.getAs("speaker")))
          .mapToLong(r -> r.getAs("relevant_statements")).sum();
      assertEquals(pooled, (long) speaker.getAs("relevant_statements"), "window pools the 3 dates: " + speaker);
    }
    assertTrue(trend.stream().anyMatch(r -> (long) r.getAs("days") >= 2), "a speaker seen on several dates");
    List<Row> runs = spark.read().parquet(out.resolve(Tables.RUNS.name()).toString()).collectAsList();
    assertEquals(3, runs.size());
    assertTrue(runs.stream().allMatch(r -> "succeeded".equals(r.getAs("status"))));
  }

  /** The seed article cut before each of its three section headings: four pieces. */
  static List<String> seedSections() {
    String seed = Fixtures.seedText();
    List<String> pieces = new ArrayList<>();
    int from = 0;
    for (String heading : HEADINGS) {
      int at = seed.indexOf("\n" + heading + "\n");
      assertTrue(at > from, heading);
      pieces.add(seed.substring(from, at));
      from = at + 1;
    }
    pieces.add(seed.substring(from));
    return pieces;
  }
}
