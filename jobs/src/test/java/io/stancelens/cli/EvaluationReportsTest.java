package io.stancelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancelens.testing.Cli;
import io.stancelens.testing.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code evaluate --report FILE} writes the figures the command prints last, for notebooks/04_model_quality.
 * These runs make the reports the notebook executes on in CI (target/test-output/eval-reports): attribution
 * on the seed and on PolNeAR dev, stance on the seed and on GWSD's held-out part, SST on a slice. (The
 * sentiment report comes from SentimentEvaluationTest.) The CoreNLP attribution baseline (statistical coref)
 * is left out here for time; the committed reports in data/eval/reports have it.
 */
class EvaluationReportsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Path reports() {
    return SharedSpark.testOutput().resolve("eval-reports");
  }

  @Test
  void attributionReportsOnTheSeedAndPolnear() throws IOException {
    JsonNode seed = evaluate("attribution-seed.json", "--task", "attribution", "--gold",
        SharedSpark.repo().resolve("data/gold/seed").toString(), "--baseline-articles", "0");
    assertEquals(14, seed.at("/stancelens/seed/direct_speaker_correct").asInt());
    JsonNode polnear = evaluate("attribution-polnear-dev.json", "--task", "attribution", "--gold",
        SharedSpark.sharedCorpus().resolve("polnear/polnear.dev.jsonl").toString(), "--baseline-articles", "0");
    assertEquals(84, polnear.get("articles").asInt());
    assertTrue(polnear.at("/stancelens/f1").asDouble() > 0.6, polnear.toString());
    assertEquals(0.923, polnear.at("/anchors/polnear_annotator_agreement").asDouble());
  }

  @Test
  void stanceReportsOnTheSeedAndGwsd() throws IOException {
    JsonNode seed = evaluate("stance-seed.json", "--task", "stance", "--gold",
        SharedSpark.repo().resolve("data/gold/seed").toString());
    assertEquals(5, seed.get("clear_rows").asInt());
    JsonNode gwsd = evaluate("stance-gwsd-heldout.json", "--task", "stance", "--gold",
        SharedSpark.sharedCorpus().resolve("gwsd/gwsd.train.tsv").toString(), "--target",
        SharedSpark.repo().resolve("models/targets/global-warming.properties").toString());
    assertEquals("gwsd", gwsd.get("format").asText());
    assertTrue(gwsd.toString().contains("semeval2016_best_avg_f1_tweets"), gwsd.toString());
  }

  @Test
  void sstReportOnASlice() throws IOException {
    JsonNode sst = evaluate("sst-test-300.json", "--task", "sst", "--gold",
        SharedSpark.sharedCorpus().resolve("sst/test.txt").toString(), "--limit", "300");
    assertEquals(300, sst.get("trees").asInt());
  }

  @Test
  void aFailedEvaluationLeavesTheEarlierReport(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path report = dir.resolve("r.json");
    Files.writeString(report, "{\"earlier\":true}\n");
    assertNotEquals(0, Cli.run("evaluate", "--task", "attribution", "--gold", dir.resolve("missing").toString(),
        "--report", report.toString()).exit());
    assertEquals("{\"earlier\":true}\n", Files.readString(report));
  }

  /** Runs the command with --report and checks the report is exactly the JSON the command printed last. */
  private static JsonNode evaluate(String name, String... args) throws IOException {
    Path report = reports().resolve(name);
    Files.deleteIfExists(report);
    String[] withReport = java.util.stream.Stream.concat(java.util.stream.Stream.concat(java.util.stream.Stream.of("evaluate"), java.util.Arrays.stream(args)),
        java.util.stream.Stream.of("--report", report.toString())).toArray(String[]::new);
    Cli.Result result = Cli.run(withReport);
    assertEquals(0, result.exit());
    JsonNode printed = result.lastJson();
    JsonNode written = JSON.readTree(Files.readString(report));
    // the report is what the command printed last, with the paths inside the repository made relative
    EvaluateCommand.relativize(printed, Path.of(System.getProperty("stancelens.repo", ".")).toAbsolutePath().normalize());
    assertEquals(printed, written);
    assertTrue(!written.toString().contains(SharedSpark.repo().toAbsolutePath().normalize() + "/"), written.toString());
    return written;
  }
}
