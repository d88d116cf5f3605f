package io.stancelens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.io.OutputStream;
import io.stancelens.jobs.SparkSessions;
import io.stancelens.sentiment.SentimentEvaluation;
import io.stancelens.sentiment.SstEvaluation;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stancelens evaluate --task T --gold PATH}: scores the project's pipeline against gold data and
 * prints, on its last line, one JSON object with the figures and the published anchors beside them.
 * Each task lives in its stage's package; this class only dispatches.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Measure accuracy against gold data; the last line printed is one JSON object.")
final class EvaluateCommand implements Callable<Integer> {

  @Option(names = "--task", required = true, paramLabel = "TASK", description = "What to evaluate.")
  String task;

  @Option(names = "--gold", required = true, paramLabel = "PATH", description = "Gold file or folder.")
  Path gold;

  @Option(names = "--predictions", paramLabel = "OUT", description = "Also write per-item predictions here.")
  Path predictions;

  @Option(names = "--target", paramLabel = "FILE", description = "Stance target definition (stance task).")
  Path target;

  @Option(names = "--baseline-articles", paramLabel = "N",
      description = "attribution: run the CoreNLP baseline on the first N gold articles only (default: all).")
  Integer baselineArticles;

  @Option(names = "--vader", paramLabel = "TSV",
      description = "sentiment: VADER scores of the same items (id, vader_compound) from notebooks/vader_baseline.py.")
  Path vader;

  @Option(names = "--model", paramLabel = "DIR",
      description = "sentiment: the news model to measure (default: the run's, models/sentiment/news).")
  String model;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "sentiment, sst: only the first N items or trees (default: all).")
  int limit;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write the figures (the JSON of the last line) to this file, e.g. for notebooks/04_model_quality.")
  Path report;

  @Option(names = "--master", paramLabel = "MASTER", defaultValue = "local[*]",
      description = "Spark master when not under spark-submit (default: ${DEFAULT-VALUE}).")
  String master;

  @Override
  public Integer call() throws Exception {
    if (report == null) {
      return evaluate();
    }
    // The tasks print their figures to standard output, the JSON last: keep a copy of what they print.
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int status;
    try (PrintStream tee = new PrintStream(tee(stdout, printed), true, StandardCharsets.UTF_8)) {
      System.setOut(tee);
      status = evaluate();
    } finally {
      System.setOut(stdout);
    }
    writeReport(lastJsonLine(printed.toString(StandardCharsets.UTF_8)));
    return status;
  }

  private static OutputStream tee(OutputStream a, OutputStream b) {
    return new OutputStream() {
      @Override
      public void write(int x) throws IOException {
        a.write(x);
        b.write(x);
      }

      @Override
      public void write(byte[] bytes, int off, int len) throws IOException {
        a.write(bytes, off, len);
        b.write(bytes, off, len);
      }

      @Override
      public void flush() throws IOException {
        a.flush();
      }
    };
  }

  private static String lastJsonLine(String printed) throws IOException {
    String[] lines = printed.strip().split("\\R");
    String last = lines[lines.length - 1];
    new ObjectMapper().readTree(last); // fails loudly if the task's last line is not its JSON
    return last;
  }

  /**
   * Written beside and renamed into place, so a failed evaluation never leaves half a report. Reports are
   * committed and read on other machines: absolute paths inside the repository become relative to it.
   */
  private void writeReport(String json) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode tree = mapper.readTree(json);
    relativize(tree, Paths.get(System.getProperty("stancelens.repo", ".")).toAbsolutePath().normalize());
    json = mapper.writeValueAsString(tree);
    Path file = report.toAbsolutePath();
    Files.createDirectories(file.getParent());
    Path tmp = Files.createTempFile(file.getParent(), ".report", ".json");
    Files.writeString(tmp, json + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static void relativize(JsonNode node, Path repo) {
    if (node instanceof ObjectNode object) {
      object.fieldNames().forEachRemaining(name -> {
        JsonNode value = object.get(name);
        if (value.isTextual()) {
          object.put(name, relative(value.asText(), repo));
        } else {
          relativize(value, repo);
        }
      });
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual()) {
          array.set(i, TextNode.valueOf(relative(array.get(i).asText(), repo)));
        } else {
          relativize(array.get(i), repo);
        }
      }
    }
  }

  private static String relative(String text, Path repo) {
    if (!text.startsWith("/")) {
      return text;
    }
    try {
      Path path = Paths.get(text).normalize();
      return path.startsWith(repo) ? repo.relativize(path).toString() : text;
    } catch (java.nio.file.InvalidPathException e) {
      return text;
    }
  }

  private Integer evaluate() throws Exception {
    switch (task) {
      case "sentiment":
        return SparkSessions.use("stancelens evaluate sentiment", master, spark -> {
          SentimentEvaluation.run(spark, gold, predictions, vader, model, limit, System.out);
          return 0;
        });
      case "sst":
        SstEvaluation.run(gold, predictions, limit, System.out);
        return 0;
      // One case per task, each calling its stage's evaluation:  case "x": return XEvaluation.run(...);
      case "attribution":
        io.stancelens.attribution.AttributionEvaluation.run(gold, predictions, baselineArticles, System.out);
        return 0;
      case "stance":
        return StanceEvaluateCli.run(gold, target, predictions);
      default:
        throw new IllegalArgumentException("unknown --task '" + task + "'");
    }
  }
}
