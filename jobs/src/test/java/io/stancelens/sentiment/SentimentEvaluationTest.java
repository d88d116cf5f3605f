package io.stancelens.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancelens.testing.Cli;
import io.stancelens.testing.SharedSpark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code evaluate --task sentiment} on the first 100 NYT dev items, with the committed VADER scores. */
class SentimentEvaluationTest {

  static final int ITEMS = 100;
  static JsonNode result;
  static Path predictions;

  @BeforeAll
  static void evaluate() throws Exception {
    SharedSpark.get();
    predictions = SharedSpark.testOutput().resolve("sentiment-eval/nyt-dev-100.predictions.tsv");
    Files.deleteIfExists(predictions);
    String output = runCli("evaluate", "--task", "sentiment",
        "--gold", SharedSpark.sharedCorpus().resolve("nyt-editorials/nyt-editorials.dev.tsv").toString(),
        "--vader", SharedSpark.repo().resolve("data/eval/vader/nyt-editorials.dev.vader.tsv").toString(),
        "--limit", Integer.toString(ITEMS), "--predictions", predictions.toString(),
        "--report", SharedSpark.testOutput().resolve("eval-reports/sentiment-nyt-dev-100.json").toString());
    List<String> lines = output.lines().toList();
    result = new ObjectMapper().readTree(lines.get(lines.size() - 1));
  }

  static String runCli(String... args) {
    Cli.Result result = Cli.run(args);
    assertEquals(0, result.exit());
    return result.out();
  }

  @Test
  void theLastLineHasEveryModelsFiguresOnTheSameItems() {
    assertEquals(ITEMS, result.get("items").asInt());
    for (String model : List.of("rntn", "news_model", "vader")) {
      JsonNode m = result.get("models").get(model);
      double r = m.get("pearson_r").asDouble();
      double f1 = m.get("weighted_f1").asDouble();
      assertTrue(r > -1 && r < 1 && f1 > 0 && f1 < 1, model + ": " + m);
      int total = 0;
      for (JsonNode row : m.get("confusion")) {
        for (JsonNode cell : row) {
          total += cell.asInt();
        }
      }
      assertEquals(ITEMS, total, model + " confusion counts every item once");
    }
    assertEquals(0.492, result.get("anchors").get("paper_vader").get("pearson_r").asDouble());
    assertEquals(0.745, result.get("anchors").get("paper_one_human_rater").get("pearson_r").asDouble());
  }

  @Test
  void theNewsModelBeatsTheRntnAndVaderOnTheSlice() {
    double rntn = result.get("models").get("rntn").get("pearson_r").asDouble();
    double vader = result.get("models").get("vader").get("pearson_r").asDouble();
    double news = result.get("models").get("news_model").get("pearson_r").asDouble();
    // Measured on this slice: RNTN 0.317, VADER 0.531, news model 0.582 (the model with word vectors; the one
    // before it had 0.623 here but 0.596 on all of dev, where this one has 0.6055: README, Sentiment). The news
    // model must beat both baselines by a margin, not only clear a floor.
    assertTrue(rntn > 0.15 && rntn < vader, "RNTN r " + rntn + ", VADER r " + vader);
    assertTrue(vader > 0.45, "VADER r " + vader);
    assertTrue(news > 0.55 && news > vader + 0.04, "news model r " + news + ", VADER r " + vader);
  }

  @Test
  void theRunLoadsTheNewsModelFastAndItAddsLittleToTheRntn() {
    JsonNode timing = result.get("timing");
    // The run reads the scorer file beside the PipelineModel: no Spark job (the PipelineModel takes 5-15 s).
    assertTrue(timing.get("news_model_load_seconds").asDouble() < 2.0, timing.toString());
    assertTrue(timing.get("news_model_share_of_rntn").asDouble() < 0.05, timing.toString());
    assertTrue(timing.get("plain_java_vs_spark_max_abs_diff").asDouble() < 1e-9, timing.toString());
  }

  @Test
  void predictionsHaveOneRowPerItemWithEveryModelsScoreAndLabel() throws Exception {
    List<String> lines = Files.readAllLines(predictions, StandardCharsets.UTF_8);
    assertEquals(ITEMS + 1, lines.size());
    List<String> header = List.of(lines.get(0).split("\t"));
    assertEquals(List.of("id", "mean_rating", "human_score", "human_label", "rntn_score", "rntn_label",
        "news_model_score", "news_model_label", "vader_score", "vader_label", "text"), header);
    String[] first = lines.get(1).split("\t");
    assertEquals("30_1", first[0]);
    assertEquals(0.5574, Double.parseDouble(first[8]), 1e-9, "VADER's compound score of item 30_1");
  }
}
