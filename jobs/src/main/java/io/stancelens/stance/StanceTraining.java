package io.stancelens.stance;

import static io.stancelens.stance.StanceModelColumns.FEATURES;
import static io.stancelens.stance.StanceModelColumns.LABEL;
import static io.stancelens.stance.StanceModelColumns.SENTIMENT;
import static io.stancelens.stance.StanceModelColumns.TERMS;
import static io.stancelens.stance.StanceModelColumns.TERM_VECTOR;
import static io.stancelens.stance.StanceModelColumns.WEIGHT;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.stancelens.jobs.BuildInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.evaluation.MulticlassClassificationEvaluator;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.tuning.CrossValidator;
import org.apache.spark.ml.tuning.CrossValidatorModel;
import org.apache.spark.ml.tuning.ParamGridBuilder;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the stance model with Spark MLlib on GWSD's training part (see {@link GwsdCorpus} for the label
 * rule and the fixed held-out split), measures it on the held-out part, and saves the PipelineModel with
 * its model card and metrics. {@code ./stancelens train --task stance} runs it.
 */
public final class StanceTraining {

  private static final Logger LOG = LoggerFactory.getLogger(StanceTraining.class);
  public static final String DEFAULT_MODEL_DIR = "models/stance/gwsd-lr";
  public static final String DEFAULT_DATA = "../shared/corpus/gwsd/gwsd.train.tsv";
  public static final String DEFAULT_TARGET = "models/targets/global-warming.properties";
  static final double[] REG_PARAMS = {0.1, 0.3, 1.0, 3.0};
  static final int MIN_DF = 3;
  static final int FOLDS = 3;
  static final long SEED = 17;

  /** What one training run produced. */
  public record Result(Path modelDir, Map<String, Object> heldOut, Map<String, Object> train, double regParam,
                       int vocabulary, int trainItems, int heldOutItems) {}

  private StanceTraining() {}

  /**
   * @param limit train on at most this many training items (0 = all); tests use a small slice
   */
  public static Result run(SparkSession spark, Path data, Path target, Path modelDir, int limit) {
    StanceTarget stanceTarget = StanceTarget.load(target);
    List<GwsdCorpus.Item> items = GwsdCorpus.read(data);
    List<GwsdCorpus.Item> train = new ArrayList<>();
    List<GwsdCorpus.Item> heldOut = new ArrayList<>();
    for (GwsdCorpus.Item item : items) {
      (item.heldOut() ? heldOut : train).add(item);
    }
    if (limit > 0 && train.size() > limit) {
      train = train.subList(0, limit);
      heldOut = heldOut.subList(0, Math.min(heldOut.size(), Math.max(limit / 4, 20)));
    }
    LOG.info("stance training: {} items, {} to train on, {} held out", items.size(), train.size(), heldOut.size());
    TextFeaturizer featurizer = TextFeaturizer.shared();
    long t0 = System.nanoTime();
    List<StanceFeatures.Extracted> trainFeatures = featurize(featurizer, train, stanceTarget);
    List<StanceFeatures.Extracted> heldOutFeatures = featurize(featurizer, heldOut, stanceTarget);
    LOG.info("stance training: annotated {} sentences in {} s", train.size() + heldOut.size(),
        String.format("%.1f", (System.nanoTime() - t0) / 1e9));

    Dataset<Row> trainFrame = frame(spark, train, trainFeatures, true).cache();
    Pipeline pipeline = pipeline();
    LogisticRegression lr = (LogisticRegression) pipeline.getStages()[2];
    // A slice (tests) only proves the path: one regParam, two folds.
    double[] regParams = limit > 0 ? new double[] {1.0} : REG_PARAMS;
    ParamMap[] grid = new ParamGridBuilder().addGrid(lr.regParam(), regParams).build();
    CrossValidator cv = new CrossValidator().setEstimator(pipeline).setEstimatorParamMaps(grid)
        .setEvaluator(new MulticlassClassificationEvaluator().setLabelCol(LABEL).setMetricName("f1"))
        .setNumFolds(limit > 0 ? 2 : FOLDS).setSeed(SEED);
    CrossValidatorModel cvModel = cv.fit(trainFrame);
    double[] cvMetrics = cvModel.avgMetrics();
    int bestIndex = 0;
    for (int i = 1; i < cvMetrics.length; i++) {
      if (cvMetrics[i] > cvMetrics[bestIndex]) {
        bestIndex = i;
      }
    }
    double regParam = regParams[bestIndex];
    PipelineModel model = (PipelineModel) cvModel.bestModel();
    trainFrame.unpersist();
    try {
      model.write().overwrite().save(modelDir.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the stance model to " + modelDir, e);
    }

    // Measure what was saved: reload it, score in plain Java, and check Spark's transform agrees.
    StanceClassifier classifier = StanceClassifier.of(PipelineModel.load(modelDir.toString()), modelDir.toString());
    StanceMetrics heldOutMetrics = measure(classifier, heldOut, heldOutFeatures);
    StanceMetrics trainMetrics = measure(classifier, train, trainFeatures);
    long disagreements = sparkDisagreements(spark, model, classifier, heldOut, heldOutFeatures);
    if (disagreements > 0) {
      throw new IllegalStateException(disagreements + " held-out items where the plain-Java scorer and "
          + "PipelineModel.transform disagree");
    }
    Map<String, Object> heldOutMap = heldOutMetrics.toMap();
    Map<String, Object> cvByReg = new LinkedHashMap<>();
    for (int i = 0; i < regParams.length; i++) {
      cvByReg.put(Double.toString(regParams[i]), StanceMetrics.round(cvMetrics[i]));
    }
    Result result = new Result(modelDir, heldOutMap, trainMetrics.toMap(), regParam,
        classifier.vocabularySize(), train.size(), heldOut.size());
    writeCard(result, data, target, cvByReg, limit, classifier);
    return result;
  }

  static Pipeline pipeline() {
    CountVectorizer vectorizer = new CountVectorizer().setInputCol(TERMS).setOutputCol(TERM_VECTOR)
        .setMinDF(MIN_DF).setBinary(true);
    VectorAssembler assembler = new VectorAssembler().setInputCols(new String[] {TERM_VECTOR, SENTIMENT})
        .setOutputCol(FEATURES);
    LogisticRegression lr = new LogisticRegression().setFamily("multinomial").setFeaturesCol(FEATURES)
        .setLabelCol(LABEL).setWeightCol(WEIGHT).setElasticNetParam(0.0).setMaxIter(200).setRegParam(0.01);
    return new Pipeline().setStages(new PipelineStage[] {vectorizer, assembler, lr});
  }

  private static List<StanceFeatures.Extracted> featurize(TextFeaturizer featurizer, List<GwsdCorpus.Item> items,
                                                          StanceTarget target) {
    List<StanceFeatures.Extracted> out = new ArrayList<>(items.size());
    for (GwsdCorpus.Item item : items) {
      out.add(featurizer.features(item.sentence(), target));
      if (out.size() % 200 == 0) {
        LOG.info("stance training: featurized {} / {}", out.size(), items.size());
      }
    }
    return out;
  }

  /** The training frame: terms, sentiment vector, label index and a class weight (inverse frequency). */
  static Dataset<Row> frame(SparkSession spark, List<GwsdCorpus.Item> items, List<StanceFeatures.Extracted> features,
                            boolean weighted) {
    int[] counts = new int[3];
    for (GwsdCorpus.Item item : items) {
      counts[item.label().ordinal()]++;
    }
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("guid", DataTypes.StringType, false),
        DataTypes.createStructField(TERMS, DataTypes.createArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField(SENTIMENT, SQLDataTypes.VectorType(), false),
        DataTypes.createStructField(LABEL, DataTypes.DoubleType, false),
        DataTypes.createStructField(WEIGHT, DataTypes.DoubleType, false)));
    List<Row> rows = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      GwsdCorpus.Item item = items.get(i);
      int k = item.label().ordinal();
      double weight = weighted ? items.size() / (3.0 * Math.max(1, counts[k])) : 1.0;
      rows.add(RowFactory.create(item.guid(), features.get(i).terms().toArray(new String[0]),
          Vectors.dense(features.get(i).sentiment()), (double) k, weight));
    }
    return spark.createDataFrame(rows, schema);
  }

  static StanceMetrics measure(StanceClassifier classifier, List<GwsdCorpus.Item> items,
                               List<StanceFeatures.Extracted> features) {
    StanceMetrics metrics = new StanceMetrics();
    for (int i = 0; i < items.size(); i++) {
      metrics.add(items.get(i).label(), classifier.predict(features.get(i)).label());
    }
    return metrics;
  }

  private static long sparkDisagreements(SparkSession spark, PipelineModel model, StanceClassifier classifier,
                                         List<GwsdCorpus.Item> items, List<StanceFeatures.Extracted> features) {
    List<Row> predicted = model.transform(frame(spark, items, features, false)).select("guid", "prediction")
        .collectAsList();
    long disagreements = 0;
    for (int i = 0; i < items.size(); i++) {
      double spark1 = predicted.get(i).getDouble(1);
      if ((int) spark1 != classifier.predict(features.get(i)).label().ordinal()) {
        disagreements++;
      }
    }
    return disagreements;
  }

  private static void writeCard(Result r, Path data, Path target, Map<String, Object> cvByReg, int limit,
                                StanceClassifier classifier) {
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("trained_at", Instant.now().toString());
    metrics.put("command", command(data, target, r.modelDir(), limit));
    metrics.put("data", data.toString());
    metrics.put("target", target.toString());
    metrics.put("train_items", r.trainItems());
    metrics.put("held_out_items", r.heldOutItems());
    metrics.put("split", "held out iff SHA-256('" + GwsdCorpus.SPLIT_SEED + ":' + normalised sentence) "
        + "% 100 < " + GwsdCorpus.HELD_OUT_PERCENT);
    metrics.put("label_rule", "argmax of GWSD's estimated agree/disagree/neutral probabilities "
        + "(agree->FAVOR, disagree->AGAINST, neutral->NEUTRAL); screening items s0..s4 dropped");
    metrics.put("reg_param", r.regParam());
    metrics.put("cv_weighted_f1_by_reg_param", cvByReg);
    metrics.put("vocabulary", r.vocabulary());
    metrics.put("held_out", r.heldOut());
    metrics.put("train", r.train());
    metrics.put("stancelens_version", BuildInfo.version());
    metrics.put("corenlp_version", BuildInfo.coreNlpVersion());
    try {
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      Files.writeString(r.modelDir().resolve("metrics.json"), json.writeValueAsString(metrics) + "\n",
          StandardCharsets.UTF_8);
      Files.writeString(r.modelDir().resolve("MODEL_CARD.md"), card(r, metrics, classifier), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the model card in " + r.modelDir(), e);
    }
  }

  private static String command(Path data, Path target, Path modelDir, int limit) {
    return "./stancelens train --task stance --data " + data + " --target " + target + " --model-dir " + modelDir
        + (limit > 0 ? " (limit " + limit + ")" : "");
  }

  private static String card(Result r, Map<String, Object> m, StanceClassifier classifier) {
    Map<String, Object> h = r.heldOut();
    StringBuilder top = new StringBuilder();
    for (String feature : List.of("dir:favor", "dir:against", "path_neg", "path_refuse", "path_support",
        "path_restrict", "path_cond", "t_neg", "t_full", "neg_any", "refuse_any", "cue_any", "path_cue")) {
      top.append(String.format("| `%s` | %+.3f | %+.3f | %+.3f |%n", feature,
          classifier.weight(feature, StanceLabel.FAVOR), classifier.weight(feature, StanceLabel.AGAINST),
          classifier.weight(feature, StanceLabel.NEUTRAL)));
    }
    return "# Stance model: GWSD multinomial logistic regression (Spark MLlib)\n\n"
        + "Written by `StanceTraining` when the model was trained; do not edit by hand.\n\n"
        + "- **Trained:** " + m.get("trained_at") + "\n"
        + "- **Command:** `" + m.get("command") + "`\n"
        + "- **Data:** Global Warming Stance Dataset train file (Luo, Card & Jurafsky, Findings of EMNLP 2020),"
        + " news sentences toward \"climate change is a serious concern\"; " + r.trainItems() + " items trained on, "
        + r.heldOutItems() + " held out.\n"
        + "- **Label rule:** " + m.get("label_rule") + ".\n"
        + "- **Split:** " + m.get("split") + " (fixed; the held-out part is never trained on).\n"
        + "- **Pipeline:** CountVectorizer(binary, minDF=" + MIN_DF + ") over the stance feature names -> "
        + "VectorAssembler(+ 5 RNTN sentiment probabilities) -> LogisticRegression(multinomial, L2, class "
        + "weights = inverse frequency, regParam " + r.regParam() + " chosen by " + FOLDS
        + "-fold cross-validation on the training part, weighted F1). Vocabulary: " + r.vocabulary() + ".\n"
        + "- **Features** (`StanceFeatures`): lemma uni/bigrams with the target mention masked as `<t>`; the "
        + "dependency path from the mention (relation, governor, first predicate, cue verbs, negation, "
        + "refusal, support, condition, restriction, modals, composed direction); the mention's own "
        + "modifiers; span-wide flags; the sentence's RNTN sentiment probabilities. Target mentions come "
        + "from `models/targets/global-warming.properties` when training.\n"
        + "- **Labels:** 0 FAVOR (agree), 1 AGAINST (disagree), 2 NEUTRAL.\n\n"
        + "## Held-out figures (" + h.get("items") + " sentences)\n\n"
        + "| macro-F1 | SemEval avg F1 (FAVOR, AGAINST) | accuracy | F1 FAVOR | F1 AGAINST | F1 NEUTRAL |\n"
        + "|---|---|---|---|---|---|\n"
        + String.format("| %s | %s | %s | %s | %s | %s |%n%n", h.get("macro_f1"),
            h.get("semeval_avg_f1_favor_against"), h.get("accuracy"), h.get("f1_favor"), h.get("f1_against"),
            h.get("f1_neutral"))
        + "Anchor: the best SemEval-2016 Task 6 system reached 67.8 average F1 (FAVOR/AGAINST) on tweets. "
        + "Training-part macro-F1 (in-sample): " + r.train().get("macro_f1") + ".\n\n"
        + "## Weights of the target-independent features\n\n"
        + "| feature | FAVOR | AGAINST | NEUTRAL |\n|---|---|---|---|\n" + top
        + "\nAll figures: `metrics.json` beside this card.\n";
  }
}
