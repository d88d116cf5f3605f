package io.stancelens.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.stancelens.testing.Cli;
import io.stancelens.testing.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed article end to end through {@code stancelens evaluate --task attribution}: every direct quote
 * attributed to its gold speaker (14 of 14), the scare quote NONE, the reported rows found, and CoreNLP's
 * QuoteAttributionAnnotator scored beside it. Reads the command's last line as JSON.
 */
class SeedAttributionTest {

  @Test
  void evaluateCommandOnTheSeed() throws Exception {
    Path predictions = SharedSpark.testOutput().resolve("attribution/seed-predictions.tsv");
    Cli.Result result = Cli.run("evaluate", "--task", "attribution",
        "--gold", SharedSpark.repo().resolve("data/gold/seed").toString(),
        "--predictions", predictions.toString());
    assertEquals(0, result.exit());
    JsonNode json = result.lastJson();
    JsonNode ours = json.get("stancelens");
    assertEquals(23, json.get("gold_statements").asInt());
    assertEquals(14, ours.get("seed").get("direct_quotes").asInt());
    assertEquals(14, ours.get("seed").get("direct_speaker_correct").asInt(), "14 of 14 direct quotes");
    assertEquals(1, ours.get("seed").get("scare_quotes_none").asInt(), "the scare quote is NONE");
    JsonNode reported = ours.get("by_kind").get("reported");
    assertEquals(8, reported.get("gold").asInt());
    assertEquals(8, reported.get("matched").asInt(), "every reported row found");
    assertEquals(reported.get("matched").asInt(), reported.get("speaker_correct").asInt());
    JsonNode baseline = json.get("corenlp_quoteattribution");
    assertTrue(baseline.get("speaker_accuracy").asDouble() < ours.get("speaker_accuracy").asDouble());
    assertTrue(json.get("anchors").has("polnear_annotator_agreement"));
    List<String> rows = Files.readAllLines(predictions);
    assertTrue(rows.get(0).startsWith("article_id\tsystem\tstatus"));
    assertTrue(rows.stream().anyMatch(r -> r.contains("\tstancelens\tmatched\t") && r.contains("Vadim Prokopiev")));
  }
}
