package io.stancelens.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stancelens.cli.Main;
import io.stancelens.tables.TableDef;
import io.stancelens.tables.Tables;
import io.stancelens.testing.NightlyInputs;
import io.stancelens.testing.SharedSpark;
import io.stancelens.testing.TableContents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nightly semantics of {@code run --date D} on real articles (PolNeAR dev) with the real pipeline: only
 * partition date=D is written, reruns replace it with identical contents, articles processed on an earlier
 * date are skipped unless --reprocess, a failed run leaves the partition as it was, and the exit codes.
 */
class NightlyRunTest {

  private static final LocalDate DAY1 = LocalDate.parse("2016-10-01");
  private static final LocalDate DAY2 = LocalDate.parse("2016-10-02");
  private static final String MALFORMED = "{\"id\": \"broken\", \"text\": ";

  private static SparkSession spark;
  private static Path root;
  private static Path day1;
  private static Path day2;

  @BeforeAll
  static void inputs() throws IOException {
    spark = SharedSpark.get();
    root = SharedSpark.testOutput().resolve("nightly");
    deleteTree(root);
    List<ObjectNode> a = NightlyInputs.shortArticles();
    // Day 1: four articles and one malformed line. Day 2: two of day 1's again (skipped), two new ones, and
    // day 1's first article with changed content (same id, other hash: processed again).
    day1 = NightlyInputs.writeJsonl(root.resolve("input/day1/batch.jsonl"),
        List.of(a.get(0), a.get(1), a.get(5), a.get(6)), MALFORMED);
    day2 = NightlyInputs.writeJsonl(root.resolve("input/day2/batch.jsonl"),
        List.of(a.get(5), a.get(6), a.get(7), a.get(4), NightlyInputs.updated(a.get(0))));
  }

  @AfterEach
  void noFailpoint() {
    System.clearProperty(Failpoint.PROPERTY);
  }

  @Test
  void consecutiveDatesSkipTheOverlapAndRerunsChangeNothing() throws IOException {
    Path out = root.resolve("two-dates");
    List<TableDef> tables = Tables.OUTPUT;

    RunResult first = run(day1, out, DAY1, false);
    assertEquals(List.of(5L, 4L, 1L, 0L), counts(first));
    Map<String, List<String>> day1Contents = TableContents.of(spark, out, tables, DAY1);

    RunResult second = run(day2, out, DAY2, false);
    assertEquals(List.of(5L, 3L, 0L, 2L), counts(second), "the two articles of day 1 are skipped");
    List<ObjectNode> a = NightlyInputs.shortArticles();
    assertEquals(Set.of(id(a.get(7)), id(a.get(4)), id(a.get(0))), articleIds(out, DAY2));
    assertEquals(day1Contents, TableContents.of(spark, out, tables, DAY1), "day 1 untouched by day 2");
    Map<String, List<String>> day2Contents = TableContents.of(spark, out, tables, DAY2);

    RunResult rerun1 = run(day1, out, DAY1, false);
    assertEquals(counts(first), counts(rerun1));
    assertEquals(day1Contents, TableContents.of(spark, out, tables, DAY1), "rerun of day 1 changes nothing");
    assertEquals(day2Contents, TableContents.of(spark, out, tables, DAY2), "rerun of day 1 leaves day 2");

    for (TableDef table : tables) {
      for (LocalDate date : List.of(DAY1, DAY2)) {
        assertTrue(Files.exists(out.resolve(table.name()).resolve("date=" + date).resolve("_SUCCESS")),
            table.name() + " " + date + " has its _SUCCESS marker");
      }
      assertEquals(Set.of("date=" + DAY1, "date=" + DAY2), children(out.resolve(table.name())),
          table.name() + ": one folder per date, nothing else");
    }
    assertFalse(Files.exists(out.resolve(PartitionCommitter.STAGING)), "no staging left behind");

    // daily_sentiment is article_sentiment summarised per date and source, whatever the dates.
    Dataset<Row> articleSentiment = spark.read().schema(Tables.ARTICLE_SENTIMENT.readSchema())
        .parquet(out.resolve("article_sentiment").toString());
    Path recomputed = root.resolve("daily-sentiment-recomputed");
    deleteTree(recomputed);
    DailySentiment.from(articleSentiment).write().partitionBy("date")
        .parquet(recomputed.resolve(Tables.DAILY_SENTIMENT.name()).toString());
    assertEquals(TableContents.rows(spark, recomputed, Tables.DAILY_SENTIMENT, null),
        TableContents.rows(spark, out, Tables.DAILY_SENTIMENT, null));
    assertEquals(List.of("[breitbart,2]", "[huff-post,1]", "[politico,1]"), spark.read()
        .parquet(out.resolve("daily_sentiment").toString()).where("date = DATE'2016-10-01'")
        .select("source", "articles").orderBy("source").collectAsList().stream().map(Row::toString).toList());

    // runs: one row per run, accounting identity, versions recorded.
    Dataset<Row> runs = spark.read().schema(Tables.RUNS.readSchema()).parquet(out.resolve("runs").toString());
    assertEquals(3, runs.where("status = 'succeeded'").count());
    assertEquals(0, runs.where("input_records != articles + rejects + skipped").count());
    assertEquals(1, runs.where("date = DATE'2016-10-02' AND skipped = 2").count());
    assertEquals(0, runs.where("stancelens_version = 'unknown' OR corenlp_version = 'unknown'"
        + " OR finished_at < started_at OR corenlp_models NOT LIKE '%englishSR%'").count());

    // --reprocess: nothing skipped, the overlap is annotated again (into day 2's partition).
    RunResult reprocessed = run(day2, out, DAY2, true);
    assertEquals(List.of(5L, 5L, 0L, 0L), counts(reprocessed));
    assertEquals(1, spark.read().parquet(out.resolve("runs").toString()).where("reprocess").count());
  }

  /**
   * Exit codes through the command line (0 success, 1 failure, 2 bad arguments, 3 input missing), and a run
   * that fails after staging or in the middle of the commit leaves the date's partition as it was.
   */
  @Test
  void exitCodesAndFailedRunsLeaveThePartitionAsItWas() throws IOException {
    SharedSpark.get(); // the command then uses the shared session and leaves it running
    Path out = root.resolve("exit-codes");
    List<ObjectNode> a = NightlyInputs.shortArticles();
    String in = NightlyInputs.writeJsonl(root.resolve("input/one/a.jsonl"), List.of(a.get(2))).toString();
    String other = NightlyInputs.writeJsonl(root.resolve("input/other/b.jsonl"), List.of(a.get(3))).toString();
    assertEquals(2, Main.execute("run", "--input", in), "missing --output");
    assertEquals(2, Main.execute("run", "--input", in, "--output", out.toString(), "--date", "2016-13-01"));
    assertEquals(2, Main.execute("run", "--input", in, "--output", out.toString(), "--no-such-option"));
    assertEquals(3, Main.execute("run", "--input", root.resolve("input/nothing-here").toString(),
        "--output", out.toString(), "--date", DAY1.toString()));
    assertFalse(Files.exists(out.resolve("articles")), "input missing: no table touched but runs");

    assertEquals(0, Main.execute("run", "--input", in, "--output", out.toString(), "--date", DAY1.toString()));
    Map<String, List<String>> before = TableContents.of(spark, out, Tables.OUTPUT, DAY1);
    assertEquals(1, before.get("articles").size());

    for (String failpoint : List.of(Failpoint.AFTER_STAGING, Failpoint.MID_COMMIT)) {
      System.setProperty(Failpoint.PROPERTY, failpoint);
      // Another article into the same date: had it been committed, the contents would differ.
      assertEquals(1, Main.execute("run", "--input", other, "--output", out.toString(), "--date",
          DAY1.toString()), failpoint);
      System.clearProperty(Failpoint.PROPERTY);
      assertEquals(before, TableContents.of(spark, out, Tables.OUTPUT, DAY1), "after failpoint " + failpoint);
      for (TableDef table : Tables.OUTPUT) {
        assertTrue(Files.exists(out.resolve(table.name()).resolve("date=" + DAY1).resolve("_SUCCESS")));
        assertEquals(Set.of("date=" + DAY1), children(out.resolve(table.name())));
      }
      assertFalse(Files.exists(out.resolve(PartitionCommitter.STAGING)), "no staging left behind");
    }
    Dataset<Row> runs = spark.read().parquet(out.resolve("runs").toString());
    assertEquals(List.of("failed", "failed", "failed", "succeeded"), runs.orderBy("status").select("status")
        .collectAsList().stream().map(r -> r.getString(0)).toList());
    assertEquals(1, runs.where(functions.col("error").startsWith("input not found")).count());
    assertEquals(1, runs.where(functions.col("error").contains(Failpoint.MID_COMMIT)).count());
    assertEquals(1, runs.where(functions.col("error").contains(Failpoint.AFTER_STAGING)).count());
  }

  private static RunResult run(Path input, Path out, LocalDate date, boolean reprocess) {
    return RunJob.on(spark).input(input.toString()).output(out.toString()).date(date).reprocess(reprocess)
        .execute();
  }

  /** input records, articles, rejects, skipped. */
  private static List<Long> counts(RunResult r) {
    return List.of(r.inputRecords(), r.articles(), r.rejects(), r.skipped());
  }

  private static String id(ObjectNode article) {
    return article.get("id").asText();
  }

  private static Set<String> articleIds(Path out, LocalDate date) {
    Set<String> ids = new TreeSet<>();
    spark.read().parquet(out.resolve("articles").toString())
        .where(functions.col("date").equalTo(functions.lit(java.sql.Date.valueOf(date))))
        .select("article_id").collectAsList().forEach(r -> ids.add(r.getString(0)));
    return ids;
  }

  private static Set<String> children(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      Set<String> names = new TreeSet<>();
      list.filter(p -> !p.getFileName().toString().startsWith(".")).forEach(p -> names.add(p.getFileName().toString()));
      return names;
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
