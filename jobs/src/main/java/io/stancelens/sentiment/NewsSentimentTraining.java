package io.stancelens.sentiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.regression.LinearRegression;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Trains the news sentiment model with Spark MLlib on the NYT editorials' {@code train} split, chooses its
 * family and hyper-parameters on {@code dev}, and saves the PipelineModel and its model card.
 * {@code ./stancelens train --task sentiment} runs it.
 */
public final class NewsSentimentTraining {

  /** One point of the grid searched on dev. */
  public record Params(String family, int minDf, boolean bigrams, double regParam, double elasticNet,
                       double stretch) {
    String describe() {
      return String.format("%s minDF=%d bigrams=%s regParam=%s elasticNet=%s stretch=%s", family, minDf, bigrams,
          regParam, elasticNet, stretch);
    }

    Params withStretch(double k) {
      return new Params(family, minDf, bigrams, regParam, elasticNet, k);
    }
  }

  /**
   * Factors tried for stretching a regression's predictions about the training mean: r is unchanged, but a
   * ridge regression shrinks towards the mean and the 3-class rule's ±0.05 band then catches too much.
   */
  static final double[] STRETCH = {1.0, 1.5, 2.0, 2.5, 3.0};

  /** How a candidate measured on dev. */
  public record DevResult(Params params, double pearson, double weightedF1) {
    double objective() {
      return (pearson + weightedF1) / 2;
    }
  }

  static final List<Params> GRID = buildGrid();

  private NewsSentimentTraining() {}

  private static List<Params> buildGrid() {
    List<Params> grid = new ArrayList<>();
    for (boolean bigrams : new boolean[] {false, true}) {
      for (double reg : new double[] {0.3, 1.0, 3.0, 10.0}) {
        grid.add(new Params("linear_regression", 3, bigrams, reg, 0.0, 1.0));
      }
    }
    for (double reg : new double[] {0.3, 1.0}) {
      grid.add(new Params("logistic_regression", 3, false, reg, 0.0, 1.0));
    }
    return List.copyOf(grid);
  }

  /** The pipeline of one grid point; its input is {@link NytFrames#SCHEMA} plus the text features. */
  static Pipeline pipeline(Params p) {
    StringBuilder select = new StringBuilder("SELECT *");
    List<String> dense = new ArrayList<>();
    for (int k = 0; k < SentimentLabel.values().length; k++) {
      select.append(String.format(", rntn_probs[%d] AS news_rntn_%d", k, k));
      dense.add("news_rntn_" + k);
    }
    for (int k = 0; k < NewsFeatures.LEXICON_FEATURES.size(); k++) {
      String name = "news_lex_" + NewsFeatures.LEXICON_FEATURES.get(k);
      select.append(String.format(", %s[%d] AS %s", NewsSentimentModel.LEXICON, k, name));
      dense.add(name);
    }
    select.append(" FROM __THIS__");
    List<String> assembled = new ArrayList<>(p.bigrams() ? List.of("news_tfidf1", "news_tfidf2") : List.of("news_tfidf1"));
    assembled.addAll(dense);
    PipelineStage model = p.family().equals("logistic_regression")
        ? new LogisticRegression().setFeaturesCol("news_features").setLabelCol("target_class")
            .setPredictionCol(NewsSentimentModel.PREDICTION).setProbabilityCol(NewsSentimentModel.PROBABILITY)
            .setRawPredictionCol("news_raw").setFamily("multinomial").setRegParam(p.regParam())
            .setElasticNetParam(p.elasticNet()).setMaxIter(200)
        : new LinearRegression().setFeaturesCol("news_features").setLabelCol("target")
            .setPredictionCol(RAW_PREDICTION).setRegParam(p.regParam())
            .setElasticNetParam(p.elasticNet()).setMaxIter(200);
    return new Pipeline().setStages(new PipelineStage[] {
        new SQLTransformer().setStatement(select.toString()),
        new NGram().setN(2).setInputCol(NewsSentimentModel.TERMS).setOutputCol("news_bigrams"),
        new CountVectorizer().setInputCol(NewsSentimentModel.TERMS).setOutputCol("news_tf1").setMinDF(p.minDf()),
        new CountVectorizer().setInputCol("news_bigrams").setOutputCol("news_tf2").setMinDF(p.minDf()),
        new IDF().setInputCol("news_tf1").setOutputCol("news_tfidf1"),
        new IDF().setInputCol("news_tf2").setOutputCol("news_tfidf2"),
        new VectorAssembler().setInputCols(assembled.toArray(new String[0])).setOutputCol("news_features"),
        model});
  }

  static final String RAW_PREDICTION = "news_raw_prediction";

  /**
   * The fitted pipeline with the final stage that makes {@value NewsSentimentModel#PREDICTION}: for a
   * regression, the raw prediction stretched by {@code k} about the training mean {@code mean}.
   */
  static PipelineModel finish(PipelineModel fitted, Params p, double mean, Dataset<Row> anyInput) {
    if (NewsSentimentModel.isClassifier(fitted)) {
      return fitted;
    }
    SQLTransformer stretch = new SQLTransformer().setStatement(String.format(java.util.Locale.ROOT,
        "SELECT *, %.6f + %.3f * (%s - %.6f) AS %s FROM __THIS__", mean, p.stretch(), RAW_PREDICTION, mean,
        NewsSentimentModel.PREDICTION));
    return new Pipeline().setStages(new PipelineStage[] {fitted, stretch}).fit(anyInput);
  }

  /** Scores of the items in {@code frame} by the model, in the order of {@code items}. */
  static double[] scores(PipelineModel model, Dataset<Row> frame, List<NytItem> items) {
    Map<String, Double> byId = new HashMap<>();
    for (Row r : NewsSentimentModel.score(model, frame).select("id", NewsSentimentModel.SCORE).collectAsList()) {
      byId.put(r.getString(0), r.getDouble(1));
    }
    return items.stream().mapToDouble(i -> byId.get(i.id())).toArray();
  }

  public static int run(SparkSession spark, Path train, Path dev, Path modelDir, PrintStream out)
      throws IOException {
    List<NytItem> trainItems = NytItems.read(train);
    List<NytItem> devItems = NytItems.read(dev);
    out.printf("train: %d items (%s); dev: %d items (%s)%n", trainItems.size(), train, devItems.size(), dev);
    long t0 = System.nanoTime();
    double[][] trainProbs = RntnProbsCache.probs(trainItems, out);
    double[][] devProbs = RntnProbsCache.probs(devItems, out);
    out.printf("RNTN probabilities of %d items in %.1f s%n", trainItems.size() + devItems.size(),
        (System.nanoTime() - t0) / 1e9);
    Dataset<Row> trainFrame = NewsSentimentModel.withInputs(NytFrames.of(spark, trainItems, trainProbs))
        .persist(StorageLevel.MEMORY_ONLY());
    Dataset<Row> devFrame = NytFrames.of(spark, devItems, devProbs).persist(StorageLevel.MEMORY_ONLY());
    double[] devGold = devItems.stream().mapToDouble(NytItem::normalizedRating).toArray();

    List<DevResult> results = new ArrayList<>();
    DevResult best = null;
    PipelineModel bestModel = null;
    double trainMean = trainItems.stream().mapToDouble(NytItem::normalizedRating).average().orElseThrow();
    for (Params p : GRID) {
      PipelineModel fitted = pipeline(p).fit(trainFrame);
      double[] stretches = NewsSentimentModel.isClassifier(fitted) ? new double[] {1.0} : STRETCH;
      for (double k : stretches) {
        Params pk = p.withStretch(k);
        PipelineModel model = finish(fitted, pk, trainMean, trainFrame);
        double[] s = scores(model, devFrame, devItems);
        DevResult r = new DevResult(pk, Metrics.pearson(s, devGold),
            Metrics.weightedF1(Metrics.confusion(devGold, s)));
        results.add(r);
        out.printf("  %-90s dev r=%.3f F1=%.3f%n", pk.describe(), r.pearson(), r.weightedF1());
        if (best == null || r.objective() > best.objective()) {
          best = r;
          bestModel = model;
        }
      }
    }
    double[] rntn = IntStream.range(0, devItems.size())
        .mapToDouble(i -> SentimentLabel.expectedScore(devProbs[i])).toArray();
    double rntnR = Metrics.pearson(rntn, devGold);
    double rntnF1 = Metrics.weightedF1(Metrics.confusion(devGold, rntn));
    out.printf("chosen on dev by (r + F1) / 2: %s, r=%.3f F1=%.3f (RNTN alone: r=%.3f F1=%.3f)%n",
        best.params().describe(), best.pearson(), best.weightedF1(), rntnR, rntnF1);

    bestModel.write().overwrite().save(modelDir.toString());
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("model", "news sentence sentiment (stancelens)");
    card.put("trained_at", Instant.now().toString());
    card.put("command", "./stancelens train --task sentiment");
    card.put("train", Map.of("path", train.toString(), "items", trainItems.size(), "sha256", sha256(train)));
    card.put("dev", Map.of("path", dev.toString(), "items", devItems.size(), "sha256", sha256(dev)));
    card.put("chosen", best.params());
    card.put("dev_pearson", round(best.pearson()));
    card.put("dev_weighted_f1", round(best.weightedF1()));
    card.put("dev_rntn_pearson", round(rntnR));
    card.put("dev_rntn_weighted_f1", round(rntnF1));
    card.put("grid", results.stream().map(r -> Map.of("params", r.params(), "dev_pearson", round(r.pearson()),
        "dev_weighted_f1", round(r.weightedF1()))).collect(Collectors.toList()));
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Files.writeString(modelDir.resolve("training.json"), json.writeValueAsString(card), StandardCharsets.UTF_8);
    Files.writeString(modelDir.resolve("MODEL_CARD.md"), modelCard(card, best, results, rntnR, rntnF1,
        trainItems.size(), devItems.size()), StandardCharsets.UTF_8);
    trainFrame.unpersist();
    devFrame.unpersist();
    out.printf("saved %s (with MODEL_CARD.md and training.json)%n", modelDir);
    return 0;
  }

  private static String modelCard(Map<String, Object> card, DevResult best, List<DevResult> results, double rntnR,
                                  double rntnF1, int trainItems, int devItems) {
    StringBuilder grid = new StringBuilder();
    for (DevResult r : results) {
      grid.append(String.format("| %s | %d | %s | %s | %s | %s | %.3f | %.3f |%n", r.params().family(),
          r.params().minDf(), r.params().bigrams(), r.params().regParam(), r.params().elasticNet(),
          r.params().stretch(), r.pearson(), r.weightedF1()));
    }
    return """
        # News sentence sentiment model

        A Spark MLlib `PipelineModel` (Spark %s) that scores an English news sentence on -1..1. The run writes its
        score to `sentences.sentiment_score` (and the 3-class `sentiment_label`); CoreNLP's RNTN stays in the
        `rntn_*` columns. Code: `io.stancelens.sentiment.NewsSentimentTraining` (training),
        `NewsSentimentModel` (scoring), `NewsFeatures` (text features).

        - Trained: %s, by `%s` (reproduces this folder).
        - Data: NYT editorial snippets with the mean of 20 human ratings (the VADER paper's ground truth,
          `shared/corpus/nyt-editorials`): trained on `train` only (%d items, sha256 %s); family and
          hyper-parameters chosen on `dev` (%d items, sha256 %s). Target: mean rating / 4.
        - Features: the RNTN's 5 root class probabilities (token-weighted over a snippet's sentences, from the
          run's own CoreNLP pipeline); 9 VADER-lexicon scores (%s), negated words' valence flipped and
          damped by -0.74, negation scope from a negator to the next punctuation mark; TF-IDF of word
          unigrams and (when chosen) bigrams, negation-scoped words marked `not_w`, vocabulary from train.
          A regression's prediction is stretched about the training mean by the chosen factor (r is unchanged;
          the 3-class F1 is not, since ridge shrinks towards the mean), then clipped to -1..1.
        - Chosen on dev by (r + weighted F1) / 2: **%s**.
        - Dev figures: Pearson r with the human mean **%.3f**, 3-class support-weighted F1 **%.3f**
          (VADER paper rule, ±0.05 on mean/4 and on the score). The RNTN alone on the same items: r %.3f,
          F1 %.3f. For VADER beside them run `./stancelens evaluate --task sentiment` (README, section Sentiment).
        - Limits: 3,620 training snippets from NYT editorials of one period; editorial language, not
          reported speech; the score is calibrated to the raters' mean, not a probability.

        ## Grid (dev)

        | family | minDF | bigrams | regParam | elasticNet | stretch | dev r | dev F1 |
        |---|---|---|---|---|---|---|---|
        %s""".formatted(org.apache.spark.package$.MODULE$.SPARK_VERSION(), card.get("trained_at"),
        card.get("command"), trainItems, ((Map<?, ?>) card.get("train")).get("sha256"), devItems,
        ((Map<?, ?>) card.get("dev")).get("sha256"), String.join(", ", NewsFeatures.LEXICON_FEATURES),
        best.params().describe(), best.pearson(), best.weightedF1(), rntnR, rntnF1, grid);
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[65536];
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
      }
      StringBuilder hex = new StringBuilder();
      for (byte b : digest.digest()) {
        hex.append(String.format("%02x", b));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
