package io.stancelens.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancelens.stance.GwsdCorpus;
import io.stancelens.stance.StanceTarget;
import io.stancelens.tables.TableDef;
import io.stancelens.tables.Tables;
import io.stancelens.testing.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stance tables after a real run on the seed article, read back; and {@code evaluate --task stance}'s
 * JSON in both gold formats.
 */
class StanceEvaluationTest {

  static Path output;

  @BeforeAll
  static void runOnTheSeed() throws IOException {
    output = SharedSpark.testOutput().resolve("stance-tables");
    if (Files.exists(output)) {
      try (var paths = Files.walk(output)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    RunJob.on(SharedSpark.get()).input(SharedSpark.repo().resolve("data/sample").toString())
        .output(output.toString()).date(LocalDate.parse("2025-03-18")).execute();
  }

  static Dataset<Row> read(TableDef table) {
    return SharedSpark.get().read().parquet(output.resolve(table.name()).toString());
  }

  @Test
  void stancesReadBackWithOffsetsIntoTheArticle() {
    Dataset<Row> stances = read(Tables.STANCES);
    assertEquals(Arrays.asList(Tables.STANCES.readSchema().fieldNames()), Arrays.asList(stances.columns()));
    List<Row> rows = stances.collectAsList();
    assertFalse(rows.isEmpty());
    String text = read(Tables.ARTICLES).first().getAs("text");
    for (Row r : rows) {
      String evidence = r.getAs("evidence");
      assertEquals(text.substring(r.<Integer>getAs("evidence_begin"), r.<Integer>getAs("evidence_end")), evidence);
      assertEquals("ceasefire", r.getAs("target"));
      if (r.<Boolean>getAs("relevant")) {
        double sum = r.<Double>getAs("p_favor") + r.<Double>getAs("p_against") + r.<Double>getAs("p_neutral");
        assertEquals(1.0, sum, 1e-9);
      }
    }
    // The author clause of the United States' push for a full ceasefire is a statement of its own.
    assertTrue(rows.stream().anyMatch(r -> "United States".equals(r.getAs("speaker"))
        && ((String) r.getAs("evidence")).contains("pushing for a comprehensive 30-day ceasefire")), rows.toString());
  }

  @Test
  void speakerStanceAggregatesTheStatements() {
    Dataset<Row> table = read(Tables.SPEAKER_STANCE);
    assertEquals(Arrays.asList(Tables.SPEAKER_STANCE.readSchema().fieldNames()), Arrays.asList(table.columns()));
    long statements = read(Tables.STANCES).where("speaker is not null").count();
    Row totals = table.selectExpr("sum(statements)", "sum(favor + against + neutral)", "sum(relevant_statements)")
        .first();
    assertEquals(statements, totals.getLong(0));
    assertEquals(totals.getLong(2), totals.getLong(1));
    for (Row r : table.collectAsList()) {
      double net = r.getAs("net_score");
      assertTrue(r.<Double>getAs("net_low") <= net && net <= r.<Double>getAs("net_high"), r.toString());
      long n = r.getAs("relevant_statements");
      assertEquals(((long) r.getAs("favor") - (long) r.getAs("against")) / (n + 3.0), net, 1e-9);
    }
  }

  /** The comparison {@code evaluate --task stance} makes after its own run, here on the run above. */
  @Test
  void seedEvaluationGivesClearAndWeakSeparately(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    StanceEvaluation evaluation = new StanceEvaluation(SharedSpark.get(), out, null);
    Path predictions = dir.resolve("seed.tsv");
    Map<String, Object> figures = evaluation.compareSeed(
        StanceEvaluation.stanceFiles(SharedSpark.repo().resolve("data/gold/seed")),
        StanceTarget.load(SharedSpark.repo().resolve("models/targets/ceasefire.properties")), output, predictions);
    StanceEvaluation.print(out, figures);
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertTrue(lines.get(0).startsWith("Volodymyr Zelensky"), lines.get(0));
    assertEquals(10, Files.readAllLines(predictions).size());
    JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
    assertEquals("seed", json.get("format").asText());
    assertEquals(5, json.get("clear_rows").asInt());
    assertEquals(4, json.get("weak_rows").asInt());
    assertEquals(9, json.get("speakers").size());
    assertNotNull(json.get("clear_accuracy"));
    assertEquals(json.get("clear_right").asDouble() / 5, json.get("clear_accuracy").asDouble(), 1e-4);
    // The target: every clear row right, on evidence a reader accepts.
    for (JsonNode row : json.get("speakers")) {
      if (row.get("clarity").asText().equals("clear")) {
        assertTrue(row.get("right").asBoolean(), row.toString());
      }
      String evidence = row.has("evidence") && !row.get("evidence").isNull() ? row.get("evidence").asText() : "";
      switch (row.get("speaker").asText()) {
        case "Vladimir Putin" -> assertTrue(evidence.contains("the most that Putin would consent to"), evidence);
        case "United States" -> assertTrue(evidence.contains("pushing for a comprehensive"), evidence);
        case "Volodymyr Zelensky" -> assertTrue(evidence.contains("ceasefire") || evidence.contains("silence in the sky"),
            evidence);
        case "Daily Mail" -> assertEquals(0, row.get("relevant_statements").asInt(), row.toString());
        default -> { }
      }
    }
  }

  @Test
  void gwsdEvaluationScoresOnlyTheHeldOutPart(@TempDir Path dir) throws IOException {
    Path gwsd = gwsdFile();
    List<String> all = Files.readAllLines(gwsd, StandardCharsets.UTF_8);
    List<String> slice = new ArrayList<>(List.of(all.get(0)));
    slice.addAll(all.subList(1, 120));
    Path small = dir.resolve("slice.tsv");
    Files.write(small, slice, StandardCharsets.UTF_8);
    long heldOut = GwsdCorpus.read(small).stream().filter(GwsdCorpus.Item::heldOut).count();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Path predictions = dir.resolve("pred.tsv");
    new StanceEvaluation(SharedSpark.get(), new PrintStream(bytes, true, StandardCharsets.UTF_8), null)
        .run(small, null, predictions);
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
    assertEquals("gwsd", json.get("format").asText());
    assertEquals(heldOut, json.get("items").asLong());
    assertTrue(json.has("macro_f1") && json.has("semeval_avg_f1_favor_against"));
    assertEquals(67.8, json.get("anchors").get("semeval2016_best_avg_f1_tweets").asDouble());
    assertEquals(heldOut + 1, Files.readAllLines(predictions).size());
  }

  static Path gwsdFile() {
    String corpus = System.getProperty("stancelens.corpus");
    Path root = corpus != null ? Path.of(corpus) : SharedSpark.sharedCorpus();
    return root.resolve("gwsd/gwsd.train.tsv");
  }
}
