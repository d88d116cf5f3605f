package io.stancelens.sentiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;

/**
 * {@code evaluate --task sentiment}: the RNTN, the news model and (given its scores) VADER on the same NYT
 * items, against the human mean: Pearson r and the VADER paper's 3-class support-weighted F1, with the
 * published anchors beside. The last line printed is one JSON object.
 */
public final class SentimentEvaluation {

  /** Published anchors (Hutto & Gilbert 2014, Table 4, on all 5,190 NYT snippets). */
  public static final double PAPER_VADER_R = 0.492;
  public static final double PAPER_VADER_F1 = 0.55;
  public static final double PAPER_HUMAN_R = 0.745;
  public static final double PAPER_HUMAN_F1 = 0.65;

  /** One model's scores on the items, in item order, on -1..1. */
  record ModelScores(String name, double[] scores) {}

  private SentimentEvaluation() {}

  /**
   * @param vader    VADER scores ({@code id, vader_compound}; from {@code notebooks/vader_baseline.py}), or null
   * @param modelDir the news model, or null for the run's default
   * @param limit    evaluate only the first {@code limit} items when positive
   * @return the JSON object printed last
   */
  public static String run(SparkSession spark, Path gold, Path predictions, Path vader, String modelDir, int limit,
                           PrintStream out) throws IOException {
    List<NytItem> items = NytItems.read(gold);
    if (limit > 0 && limit < items.size()) {
      items = items.subList(0, limit);
    }
    double[] human = items.stream().mapToDouble(NytItem::normalizedRating).toArray();

    long t0 = System.nanoTime();
    RntnScores.Snippet[] probs = NytFrames.rntn(items);
    double rntnSeconds = (System.nanoTime() - t0) / 1e9;
    double[] rntn = IntStream.range(0, items.size()).mapToDouble(i -> SentimentLabel.expectedScore(probs[i].probs())).toArray();

    String dir = modelDir != null ? modelDir : NewsSentimentModel.defaultDir(spark);
    // The run loads only the scorer (plain Java, from its file beside the PipelineModel): time that first.
    long ts = System.nanoTime();
    NewsScorer scorer = NewsScorer.load(dir);
    double scorerLoadSeconds = (System.nanoTime() - ts) / 1e9;
    long t1 = System.nanoTime();
    PipelineModel model = NewsSentimentModel.load(dir);
    double loadSeconds = (System.nanoTime() - t1) / 1e9;
    long t2 = System.nanoTime();
    double[] news = NewsSentimentTraining.scores(model, NytFrames.of(spark, items, probs), items);
    double newsSeconds = (System.nanoTime() - t2) / 1e9;
    // The run scores with the same model as plain Java inside the annotate task: time that, and check it agrees.
    long t3 = System.nanoTime();
    double[] plain = new double[items.size()];
    for (int i = 0; i < items.size(); i++) {
      plain[i] = scorer.score(items.get(i).text(), probs[i].probs(), probs[i].nodes());
    }
    double plainSeconds = (System.nanoTime() - t3) / 1e9;
    double maxDiff = 0;
    for (int i = 0; i < items.size(); i++) {
      maxDiff = Math.max(maxDiff, Math.abs(plain[i] - news[i]));
    }

    List<ModelScores> models = new ArrayList<>(List.of(new ModelScores("rntn", rntn), new ModelScores("news_model", news)));
    if (vader != null) {
      models.add(new ModelScores("vader", readScores(vader, items)));
    }

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("task", "sentiment");
    result.put("gold", gold.toString());
    result.put("items", items.size());
    result.put("news_model", NewsSentimentModel.describe(dir));
    Map<String, Object> perModel = new LinkedHashMap<>();
    out.printf("%-12s %8s %8s %8s%n", "model", "r", "F1", "acc3");
    for (ModelScores m : models) {
      int[][] confusion = Metrics.confusion(human, m.scores());
      double r = Metrics.pearson(m.scores(), human);
      double f1 = Metrics.weightedF1(confusion);
      double acc = Metrics.accuracy(confusion);
      out.printf("%-12s %8.3f %8.3f %8.3f   confusion [gold neg,neu,pos][pred neg,neu,pos] %s%n", m.name(), r, f1,
          acc, java.util.Arrays.deepToString(confusion));
      perModel.put(m.name(), Map.of("pearson_r", round(r), "weighted_f1", round(f1), "accuracy_3class", round(acc),
          "confusion", confusion));
    }
    out.printf("%-12s %8.3f %8.3f   (published, all 5,190 snippets, Hutto & Gilbert 2014 Table 4)%n", "paper VADER",
        PAPER_VADER_R, PAPER_VADER_F1);
    out.printf("%-12s %8.3f %8.3f   (published: one human rater against the mean)%n", "paper human",
        PAPER_HUMAN_R, PAPER_HUMAN_F1);
    result.put("models", perModel);
    result.put("anchors", Map.of("paper_vader", Map.of("pearson_r", PAPER_VADER_R, "weighted_f1", PAPER_VADER_F1),
        "paper_one_human_rater", Map.of("pearson_r", PAPER_HUMAN_R, "weighted_f1", PAPER_HUMAN_F1)));
    double overhead = plainSeconds / rntnSeconds;
    out.printf("timing: RNTN pipeline %.1f s for %d items; news model as the run scores it (plain Java in the"
            + " annotate task) %.3f s = %.2f%% of that; as a Spark transform %.2f s; model load as the run does it"
            + " (scorer file) %.3f s, once per JVM; the Spark PipelineModel's load %.2f s;"
            + " plain Java vs Spark transform: max |difference| %.1e%n", rntnSeconds, items.size(), plainSeconds,
        100 * overhead, newsSeconds, scorerLoadSeconds, loadSeconds, maxDiff);
    result.put("timing", Map.of("rntn_pipeline_seconds", round(rntnSeconds),
        "news_model_plain_java_seconds", plainSeconds, "news_model_share_of_rntn", overhead,
        "news_model_spark_transform_seconds", round(newsSeconds), "news_model_load_seconds", round(scorerLoadSeconds),
        "news_model_spark_pipeline_load_seconds", round(loadSeconds),
        "plain_java_vs_spark_max_abs_diff", maxDiff));
    if (predictions != null) {
      writePredictions(predictions, items, models);
      result.put("predictions", predictions.toString());
    }
    String json = new ObjectMapper().writeValueAsString(result);
    out.println(json);
    return json;
  }

  /** Reads {@code id <TAB> score} with a header; every item must have a score. */
  static double[] readScores(Path file, List<NytItem> items) throws IOException {
    Map<String, Double> byId = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = in.readLine();
      int lineNo = 1;
      while ((line = in.readLine()) != null) {
        lineNo++;
        String[] f = line.split("\t");
        if (f.length != 2) {
          throw new IllegalArgumentException(file + ":" + lineNo + ": expected id<TAB>score");
        }
        byId.put(f[0], Double.parseDouble(f[1]));
      }
    }
    double[] scores = new double[items.size()];
    for (int i = 0; i < items.size(); i++) {
      Double s = byId.get(items.get(i).id());
      if (s == null) {
        throw new IllegalArgumentException(file + ": no score for item " + items.get(i).id()
            + " (run notebooks/vader_baseline.py on the same gold file)");
      }
      scores[i] = s;
    }
    return scores;
  }

  /** One row per item: the human mean and class, then each model's score and class. TSV with a header. */
  static void writePredictions(Path file, List<NytItem> items, List<ModelScores> models) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder header = new StringBuilder("id\tmean_rating\thuman_score\thuman_label");
      for (ModelScores m : models) {
        header.append('\t').append(m.name()).append("_score\t").append(m.name()).append("_label");
      }
      w.write(header.append("\ttext\n").toString());
      for (int i = 0; i < items.size(); i++) {
        NytItem item = items.get(i);
        StringBuilder row = new StringBuilder(String.format("%s\t%s\t%.4f\t%s", item.id(), item.meanRating(),
            item.normalizedRating(), ThreeClass.of(item.normalizedRating()).tableName()));
        for (ModelScores m : models) {
          row.append(String.format("\t%.4f\t%s", m.scores()[i], ThreeClass.of(m.scores()[i]).tableName()));
        }
        w.write(row.append('\t').append(item.text()).append('\n').toString());
      }
    }
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
