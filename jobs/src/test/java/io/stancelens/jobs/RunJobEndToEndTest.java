package io.stancelens.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stancelens.ingest.Article;
import io.stancelens.nlp.ArticleAnnotator;
import io.stancelens.tables.TableDef;
import io.stancelens.tables.Tables;
import io.stancelens.testing.SharedSpark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on the seed article with embedded Spark and the real CoreNLP models, tables read back.
 * The tables it writes under {@code target/test-output/e2e-tables} are the ones the notebooks run on.
 */
class RunJobEndToEndTest {

  static final LocalDate DATE = LocalDate.parse("2025-03-18");
  static Path seed;
  static Path output;
  static RunResult result;

  @BeforeAll
  static void runOnTheSample() throws IOException {
    seed = SharedSpark.repo().resolve("data/sample");
    output = SharedSpark.testOutput().resolve("e2e-tables");
    deleteRecursively(output);
    result = RunJob.on(SharedSpark.get()).input(seed.toString()).output(output.toString()).date(DATE).execute();
  }

  static Dataset<Row> read(TableDef table) {
    return SharedSpark.get().read().parquet(output.resolve(table.name()).toString());
  }

  @Test
  void everyTableReadsBackWithTheDocumentedSchema() {
    for (TableDef table : Tables.ALL) {
      Dataset<Row> rows = read(table);
      List<String> expected = fieldsOf(table.readSchema().fields());
      List<String> actual = fieldsOf(rows.schema().fields());
      assertEquals(expected, actual, table.name());
    }
  }

  @Test
  void everySentenceOfTheArticleLandsWithOffsetsIntoTheArticleText() throws IOException {
    String text = Files.readString(seed.resolve("putin-trump-call.txt"), StandardCharsets.UTF_8);
    Row article = read(Tables.ARTICLES).collectAsList().get(0);
    assertEquals(text, article.getAs("text"));
    assertEquals(Article.of("x", text).contentHash(), article.getAs("content_hash"));

    List<Row> sentences = read(Tables.SENTENCES).orderBy("sentence_index").collectAsList();
    int expected = ArticleAnnotator.shared().annotate(Article.of("x", text)).sentences().size();
    assertEquals(expected, sentences.size());
    assertEquals(expected, result.sentences());
    boolean[] covered = new boolean[text.length()];
    for (int i = 0; i < sentences.size(); i++) {
      Row s = sentences.get(i);
      assertEquals(i, (int) s.getAs("sentence_index"));
      int begin = s.getAs("begin");
      int end = s.getAs("end");
      assertEquals(text.substring(begin, end), s.getAs("text"));
      for (int c = begin; c < end; c++) {
        covered[c] = true;
      }
      List<Double> probs = s.getList(s.fieldIndex("rntn_probs"));
      double sum = probs.stream().mapToDouble(Double::doubleValue).sum();
      assertEquals(5, probs.size());
      assertEquals(1.0, sum, 1e-6);
      assertEquals(DATE.toString(), s.getAs("date").toString());
    }
    for (int c = 0; c < text.length(); c++) {
      assertTrue(covered[c] || Character.isWhitespace(text.charAt(c)),
          "character " + c + " of the article is in no sentence");
    }
  }

  @Test
  void headingsAreSentencesOfTheirOwn() {
    Map<String, Boolean> headings = read(Tables.SENTENCES).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("text"), r -> r.getAs("is_heading"), (a, b) -> a));
    for (String heading : List.of("Oil War", "Infrastructure Strikes Off Limits (Maybe)",
        "Is An Armistice Even Possible?", "Russian Tank Destroyed by Ukraine Drone Screenshot")) {
      assertEquals(Boolean.TRUE, headings.get(heading), heading);
    }
    assertEquals(4 + 1, headings.values().stream().filter(b -> b).count(),
        "the four headings and 'About the Author: Reuben F. Johnson'");
  }

  @Test
  void articleSentimentSummarisesTheSentences() {
    List<Row> sentences = read(Tables.SENTENCES).collectAsList();
    Row summary = read(Tables.ARTICLE_SENTIMENT).collectAsList().get(0);
    double mean = sentences.stream().mapToDouble(r -> r.getAs("sentiment_score")).average().orElseThrow();
    assertEquals(sentences.size(), (int) summary.getAs("sentences"));
    assertEquals(mean, summary.getAs("mean_sentiment"), 1e-9);
    double negative = sentences.stream()
        .filter(r -> ((String) r.getAs("sentiment_label")).endsWith("negative")).count() / (double) sentences.size();
    assertEquals(negative, summary.getAs("share_negative"), 1e-9);
    double shares = (double) summary.getAs("share_negative") + (double) summary.getAs("share_neutral")
        + (double) summary.getAs("share_positive");
    assertEquals(1.0, shares, 1e-9);
  }

  @Test
  void theRunIsRecorded() {
    List<Row> runs = read(Tables.RUNS).collectAsList();
    assertEquals(1, runs.size());
    Row run = runs.get(0);
    assertEquals("succeeded", run.getAs("status"));
    assertEquals(result.runId(), run.getAs("run_id"));
    assertEquals(1L, (long) run.getAs("input_records"));
    assertEquals(1L, (long) run.getAs("articles"));
    assertEquals(result.sentences(), (long) run.getAs("sentences"));
    assertEquals(0L, (long) run.getAs("rejects"));
    assertTrue((double) run.getAs("annotate_sentences_per_second") > 0);
    assertEquals(SharedSpark.get().version(), run.getAs("spark_version"));
    assertTrue(Files.exists(output.resolve("sentences/date=2025-03-18/_SUCCESS")));
    assertTrue(Files.notExists(output.resolve(PartitionCommitter.STAGING)), "staging area removed");
  }

  @Test
  void badInputGetsRejectRowsAndGoodInputStillComesOut(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("good.txt"),
        "Ceasefire Talks\nZelensky said the Americans offered a complete ceasefire.\n");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0});
    Files.writeString(in.resolve("feed.jsonl"),
        "{\"id\": \"j1\", \"text\": \"Putin declined to agree to a broader cease-fire.\", \"source\": \"wire\"}\n"
            + "{\"id\": \"j2\", \"text\": \"unterminated\n");
    Path out = dir.resolve("out");
    SparkSession spark = SharedSpark.get();
    RunResult run = RunJob.on(spark).input(in.toString()).output(out.toString()).date(DATE).execute();

    List<Row> articles = spark.read().parquet(out.resolve("articles").toString()).collectAsList();
    List<Row> rejects = spark.read().parquet(out.resolve("rejects").toString()).orderBy("reason").collectAsList();
    assertEquals(List.of("good", "j1"), articles.stream().map(r -> (String) r.getAs("article_id")).sorted().toList());
    assertEquals(List.of("binary", "empty", "malformed-json"),
        rejects.stream().map(r -> (String) r.getAs("reason")).toList());
    for (Row reject : rejects) {
      assertTrue(((String) reject.getAs("detail")).length() > 10, "a reason a person can read");
    }
    assertTrue(((String) rejects.get(2).getAs("input_ref")).endsWith("feed.jsonl:2"));
    assertEquals(5, run.inputRecords());
    assertEquals(run.inputRecords(), run.articles() + run.rejects());
  }

  @Test
  void thePipelineIsBuiltOncePerJvmNotPerTaskOrRow(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      jsonl.append("{\"id\": \"a").append(i).append("\", \"text\": \"Truce talks, day ").append(i)
          .append(".\\nThe Kremlin said it would consider a halt to strikes.\"}\n");
    }
    Files.writeString(in.resolve("many.jsonl"), jsonl);
    ArticleAnnotator.shared(); // loaded by now in this JVM, by this class or another
    int loadsBefore = io.stancelens.nlp.Pipelines.loads();
    RunResult run = RunJob.on(SharedSpark.get()).input(in.toString()).output(dir.resolve("out").toString())
        .date(DATE).execute();
    assertEquals(12, run.articles());
    assertEquals(24, run.sentences());
    assertEquals(loadsBefore, io.stancelens.nlp.Pipelines.loads(), "8 tasks on 2 threads reuse the JVM's pipeline");
  }

  private static List<String> fieldsOf(StructField[] fields) {
    return java.util.Arrays.stream(fields).map(f -> f.name() + ":" + f.dataType().simpleString()).toList();
  }

  static void deleteRecursively(Path path) throws IOException {
    if (Files.exists(path)) {
      try (var walk = Files.walk(path)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
