package io.stancelens.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stancelens.ingest.DedupeKey;
import io.stancelens.ingest.Fixtures;
import io.stancelens.ingest.Fixtures.Capture;
import io.stancelens.ingest.Fixtures.NewsText;
import io.stancelens.tables.Tables;
import io.stancelens.testing.SharedSpark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 8's bad-input suite in one run of the job: every format, every bad case, real CoreNLP, real
 * Parquet read back. The job finishes, every good record is an article, every bad one a reject with its
 * reason, repeats are counted, the accounting identity holds in the runs table, and no document passes
 * its time guard.
 */
class BadInputRunTest {

  private static final LocalDate DATE = LocalDate.parse("2025-03-18");
  private static final String SEED_URL =
      "https://www.19fortyfive.com/2025/03/putin-keeps-trump-waiting-for-ceasefire-call/";

  private static SparkSession spark;
  private static Path output;
  private static RunResult result;
  private static double runSeconds;
  private static List<NewsText> news;

  @BeforeAll
  static void runOverTheSuite() throws IOException {
    spark = SharedSpark.get();
    Path root = SharedSpark.testOutput().resolve("bad-input");
    deleteRecursively(root);
    Path input = Files.createDirectories(root.resolve("input"));
    output = root.resolve("tables");
    news = Fixtures.polnear(8);
    writeSuite(input);
    long t0 = System.nanoTime();
    result = RunJob.on(spark).input(input.toString()).output(output.toString()).date(DATE).execute();
    runSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("bad-input run: %d records -> %d articles, %d duplicates, %d rejects in %.1f s "
            + "(ingest %.1f, annotate %.1f, write %.1f)%n", result.inputRecords(), result.articles(),
        result.duplicates(), result.rejects(), runSeconds, result.ingestSeconds(), result.annotateSeconds(),
        result.writeSeconds());
  }

  static void writeSuite(Path dir) throws IOException {
    String seed = Fixtures.seedText();
    Files.createDirectories(dir.resolve("seed"));
    Files.writeString(dir.resolve("seed/putin-trump-call.txt"), seed);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.writeString(dir.resolve("whitespace.txt"), "  \n\t\n   \r\n");
    byte[] binary = new byte[2048];
    new Random(8).nextBytes(binary);
    binary[0] = 0;
    Files.write(dir.resolve("binary.txt"), binary);
    Files.write(dir.resolve("invalid-utf8.txt"),
        "The talks resumed in Gen\u00e8ve on Tuesday.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("huge.txt"), seed.repeat(5 * 1024 * 1024 / seed.length() + 1));
    Files.writeString(dir.resolve("long-sentence.txt"), Fixtures.longSentence(2000));
    Files.writeString(dir.resolve("german.txt"), Fixtures.germanText());
    Files.writeString(dir.resolve("notes.csv"), "id,text\n1,hello\n");
    Files.writeString(dir.resolve("nav-only.html"), Fixtures.navigationOnlyPage());
    Files.writeString(dir.resolve("page.html"), page(news.get(0)));
    Files.writeString(dir.resolve("mixed.jsonl"), String.join("\n",
        json("p1", news.get(1).text()),
        "{\"id\": \"broken\", \"text\": \"The line stops here",
        "{\"id\": \"no-text\", \"title\": \"A record without text\"}",
        json("p2", news.get(2).text()),
        json("p1", news.get(6).text()),
        json("putin-trump-call", seed),
        json("p2", news.get(2).text().replace("\n", " \n\n  ").replace("’", "'")),
        ""));
    byte[] crawl = Fixtures.warc(true, List.of(
        Capture.html(SEED_URL, Fixtures.newsPage("Putin Keeps Trump Waiting", SEED_URL, "2025-03-18T19:30:00Z",
            paragraphsOf(seed))),
        Capture.html(url(news.get(3)), page(news.get(3))),
        Capture.html(url(news.get(7)), page(news.get(7)))));
    Files.write(dir.resolve("crawl.warc.gz"), Arrays.copyOf(crawl, crawl.length - 600));
    Files.write(dir.resolve("mixed.warc"), Fixtures.warc(false, List.of(
        new Capture("https://news.example.org/img/lead.png", 200, "image/png", Fixtures.pngBytes()),
        new Capture("https://news.example.org/report.pdf", 200, "application/pdf", Fixtures.pdfBytes()),
        Capture.html("https://news.example.org/gone", 404),
        Capture.html("https://news.example.org/sections", Fixtures.navigationOnlyPage()),
        Capture.html(url(news.get(4)), page(news.get(4))))));
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("title", DataTypes.StringType);
    spark.createDataFrame(List.of(
            RowFactory.create("q5", news.get(5).text(), news.get(5).title()),
            RowFactory.create("q-null", null, "No text"),
            RowFactory.create("q-de", Fixtures.germanText(), "Deutsch")), schema)
        .coalesce(1).write().parquet(dir.resolve("rows.parquet").toString());
    spark.createDataFrame(List.of(RowFactory.create("r1", "A body column is not a text column.")),
            new StructType().add("id", DataTypes.StringType).add("body", DataTypes.StringType))
        .coalesce(1).write().parquet(dir.resolve("wrong-schema.parquet").toString());
  }

  @Test
  void everyGoodRecordComesOutAsAnArticle() {
    List<Row> articles = read(Tables.ARTICLES).collectAsList();
    Map<String, Row> byText = articles.stream().collect(Collectors.toMap(
        r -> DedupeKey.of(r.getAs("text")), r -> r, (a, b) -> {
          throw new AssertionError("two articles with one text: " + a + " / " + b);
        }));
    List<String> expected = new ArrayList<>(List.of(Fixtures.seedText(), Fixtures.longSentence(2000)));
    for (int i : new int[] {0, 1, 2, 3, 4, 5}) {
      expected.add(news.get(i).text());
    }
    for (String text : expected) {
      assertNotNull(byText.get(DedupeKey.of(text)), "missing article: " + text.substring(0, 60));
    }
    assertEquals(expected.size(), articles.size());
    assertEquals(expected.size(), result.articles());

    Row page = byText.get(DedupeKey.of(news.get(0).text()));
    assertEquals("page", page.getAs("article_id"));
    assertEquals(news.get(0).title(), page.getAs("title"));
    assertEquals(url(news.get(0)), page.getAs("url"));
    assertEquals("news.example.org", page.getAs("source"));
    assertNotNull(page.getAs("published_at"));
    Row fromParquet = byText.get(DedupeKey.of(news.get(5).text()));
    assertEquals("q5", fromParquet.getAs("article_id"));
    assertTrue(fromParquet.<String>getAs("input_ref").endsWith(".parquet:1"), fromParquet.toString());
    Row fromWarc = byText.get(DedupeKey.of(news.get(4).text()));
    assertTrue(fromWarc.<String>getAs("input_ref").contains("mixed.warc#"), fromWarc.toString());

    // the 2,000-token sentence: one sentence, CoreNLP's flat tree, sentiment still scored
    List<Row> longSentence = read(Tables.SENTENCES).where("article_id = 'long-sentence'").collectAsList();
    assertEquals(1, longSentence.size());
    assertFalse(longSentence.get(0).<Boolean>getAs("parsed"));
    assertTrue(longSentence.get(0).<Integer>getAs("token_count") >= 2000);
  }

  @Test
  void everyBadRecordHasItsReason() {
    Map<String, List<String>> reasons = new TreeMap<>();
    for (Row r : read(Tables.REJECTS).collectAsList()) {
      String ref = r.getAs("input_ref");
      String file = ref.substring(ref.lastIndexOf('/') + 1);
      if (file.startsWith("part-")) {
        file = "rows.parquet".equals(parentName(ref)) ? "rows.parquet" : parentName(ref);
      }
      file = file.replaceAll("[#:].*", "");
      assertNotNull(r.getAs("detail"), r.toString());
      reasons.computeIfAbsent(file, k -> new ArrayList<>()).add(r.getAs("reason"));
    }
    reasons.values().forEach(l -> l.sort(null));
    Map<String, List<String>> expected = new TreeMap<>(Map.ofEntries(
        Map.entry("empty.txt", List.of("empty")),
        Map.entry("whitespace.txt", List.of("blank")),
        Map.entry("binary.txt", List.of("binary")),
        Map.entry("invalid-utf8.txt", List.of("invalid-utf8")),
        Map.entry("huge.txt", List.of("too-long")),
        Map.entry("german.txt", List.of("non-english")),
        Map.entry("notes.csv", List.of("unsupported-format")),
        Map.entry("nav-only.html", List.of("no-article-text")),
        Map.entry("mixed.jsonl", List.of("duplicate-id", "malformed-json", "missing-text")),
        Map.entry("crawl.warc.gz", List.of("truncated", "warc-not-response", "warc-not-response",
            "warc-not-response", "warc-not-response")),
        Map.entry("mixed.warc", List.of("http-status", "no-article-text", "non-html", "non-html",
            "warc-not-response", "warc-not-response", "warc-not-response", "warc-not-response",
            "warc-not-response", "warc-not-response")),
        Map.entry("rows.parquet", List.of("missing-text", "non-english")),
        Map.entry("wrong-schema.parquet", List.of("parquet-schema"))));
    assertEquals(expected, reasons);
  }

  @Test
  void theSameArticleTwiceIsProcessedOnceAndCounted() {
    List<Row> duplicates = read(Tables.DUPLICATES).collectAsList();
    assertEquals(3, duplicates.size(), duplicates.toString());
    assertEquals(3, result.duplicates());
    Map<String, Row> articlesByKey = read(Tables.ARTICLES).collectAsList().stream()
        .collect(Collectors.toMap(r -> DedupeKey.of(r.getAs("text")), r -> r));
    // the seed article came in three times (a .txt, a JSON line, a WARC record): processed once, and
    // the p2 line repeated with other whitespace and quotes: processed once
    Map<String, Long> perKey = duplicates.stream().collect(Collectors.groupingBy(
        d -> d.<String>getAs("dedupe_key"), Collectors.counting()));
    assertEquals(Map.of(DedupeKey.of(Fixtures.seedText()), 2L, DedupeKey.of(news.get(2).text()), 1L), perKey);
    for (Row d : duplicates) {
      Row kept = articlesByKey.get(d.<String>getAs("dedupe_key"));
      assertNotNull(kept, "a duplicate must point to an article that was processed: " + d);
      assertEquals(kept.<String>getAs("article_id"), d.getAs("kept_article_id"));
      assertEquals(kept.<String>getAs("input_ref"), d.getAs("kept_input_ref"));
      assertEquals(d.getAs("article_id").equals(kept.getAs("article_id")) ? "same-id-same-text" : "same-text",
          d.getAs("match"));
    }
    assertTrue(duplicates.stream().anyMatch(d -> "same-id-same-text".equals(d.getAs("match"))));
  }

  @Test
  void accountingIdentityIsCheckedAndRecorded() {
    Row run = read(Tables.RUNS).where("status = 'succeeded'").first();
    long records = run.getAs("input_records");
    long articles = run.getAs("articles");
    long duplicates = run.getAs("duplicates");
    long rejects = run.getAs("rejects");
    assertEquals(records, articles + duplicates + rejects);
    assertEquals(read(Tables.ARTICLES).count(), articles);
    assertEquals(read(Tables.DUPLICATES).count(), duplicates);
    assertEquals(read(Tables.REJECTS).count(), rejects);
    // 11 one-record files, 7 JSON lines, 7 + 11 WARC records, 3 Parquet rows + 1 unusable Parquet file
    assertEquals(11 + 7 + 7 + 11 + 3 + 1, records);
  }

  @Test
  void noDocumentPassedItsTimeGuard() {
    assertEquals(0, read(Tables.REJECTS).where("reason = 'timeout' or reason = 'annotator-error'").count());
    // every article was annotated within the guard; the run as a whole stays well inside it per article
    assertTrue(result.annotateSeconds() < RunJob.DEFAULT_DOCUMENT_TIMEOUT.toSeconds() * result.articles(),
        "annotate took " + result.annotateSeconds() + " s");
  }

  @Test
  void inputIsAFileADirectoryOrAGlob() {
    Path input = output.getParent().resolve("input");
    List<String> glob = InputReading.list(spark, input + "/*.txt").stream()
        .map(r -> r.getString(0).substring(r.getString(0).lastIndexOf('/') + 1)).toList();
    assertEquals(List.of("binary.txt", "empty.txt", "german.txt", "huge.txt", "invalid-utf8.txt",
        "long-sentence.txt", "whitespace.txt"), glob);
    assertEquals(1, InputReading.list(spark, input.resolve("mixed.jsonl").toString()).size());
    List<Row> all = InputReading.list(spark, input.toString());
    // 11 one-record files, the JSON Lines file, 2 WARCs, 2 Parquet part files; _SUCCESS and .crc skipped
    assertEquals(16, all.size(), all.toString());
    assertTrue(all.stream().anyMatch(r -> r.getString(0).endsWith("empty.txt") && r.getLong(1) == 0));
  }

  // ---- helpers ----

  private static Dataset<Row> read(io.stancelens.tables.TableDef table) {
    return spark.read().parquet(output.resolve(table.name()).toString()).where("date = '" + DATE + "'");
  }

  private static String parentName(String ref) {
    String[] parts = ref.split("/");
    return parts.length > 1 ? parts[parts.length - 2] : ref;
  }

  private static String url(NewsText t) {
    return "https://news.example.org/2016/" + t.id();
  }

  private static String page(NewsText t) {
    return Fixtures.newsPage(t.title(), url(t), t.date(), paragraphsOf(t.text()));
  }

  private static String paragraphsOf(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        out.append("      <p>").append(org.jsoup.nodes.Entities.escape(line.strip())).append("</p>\n");
      }
    }
    return out.toString();
  }

  private static String json(String id, String text) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("id", id, "text", text));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (Files.exists(root)) {
      try (var paths = Files.walk(root)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
