package io.stancelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReportPathsTest {

  @Test
  void pathsInsideTheRepositoryBecomeRelativeOthersStay() throws Exception {
    JsonNode report = new ObjectMapper().readTree("""
        {"model":"/srv/stancelens/models/stance/gwsd-lr","gold":"../shared/corpus/gwsd/gwsd.train.tsv",
         "elsewhere":"/data/other/file.tsv","f1":0.55,
         "models":["/srv/stancelens/models/sentiment/news", "/srv/stancelens-old/x"],
         "nested":{"dir":"/srv/stancelens/data/eval"}}""");
    EvaluateCommand.relativize(report, Path.of("/srv/stancelens"));
    assertEquals("models/stance/gwsd-lr", report.get("model").asText());
    assertEquals("../shared/corpus/gwsd/gwsd.train.tsv", report.get("gold").asText());
    assertEquals("/data/other/file.tsv", report.get("elsewhere").asText());
    assertEquals(0.55, report.get("f1").asDouble());
    assertEquals("models/sentiment/news", report.get("models").get(0).asText());
    assertEquals("/srv/stancelens-old/x", report.get("models").get(1).asText());
    assertEquals("data/eval", report.get("nested").get("dir").asText());
  }
}
