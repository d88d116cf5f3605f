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
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.param.ParamMap;
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
  /** The transfer set that chooses regParam (a target never trained on); its first lines only, for time. */
  public static final String DEFAULT_TRANSFER = "../shared/corpus/newsmtsc/newsmtsc.train.jsonl";
  static final int TRANSFER_LINES = 1500;
  static final double[] REG_PARAMS = {0.03, 0.1, 0.3};
  static final int MIN_DF = 3;
  static final long SEED = 17;

  /** What one training run produced. */
  public record Result(Path modelDir, Map<String, Object> heldOut, Map<String, Object> train, double regParam,
                       int vocabulary, int trainItems, int heldOutItems, int transferItems) {}

  private StanceTraining() {}

  /**
   * @param limit train on at most this many training items (0 = all); tests use a small slice
   */
  public static Result run(SparkSession spark, Path data, Path target, Path modelDir, int limit) {
    return run(spark, data, target, modelDir, limit, transferBeside(data));
  }

  /**
   * NewsMTSC in the same corpus folder as the GWSD file ({@code CORPUS/gwsd/x.tsv} ->
   * {@code CORPUS/newsmtsc/newsmtsc.train.jsonl}), else {@link #DEFAULT_TRANSFER} found as the model is.
   */
  static Path transferBeside(Path data) {
    Path folder = data.getParent();
    if (folder != null) {
      Path beside = folder.resolveSibling("newsmtsc").resolve("newsmtsc.train.jsonl");
      if (Files.exists(beside)) {
        return beside;
      }
    }
    return StanceDefaults.resolve(DEFAULT_TRANSFER);
  }

  /** @param transfer NewsMTSC JSONL that chooses regParam (null: the first candidate) */
  public static Result run(SparkSession spark, Path data, Path target, Path modelDir, int limit, Path transfer) {
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

    // regParam is chosen by transfer: each candidate is fitted on the whole training part and measured on
    // NewsMTSC (sentiment toward a named person, a target the model never sees), where only the generic
    // features can fire, so the choice favours the regularisation under which they carry across targets.
    // A slice (tests) only proves the path: one regParam, no transfer set.
    double[] regParams = limit > 0 ? new double[] {0.1} : REG_PARAMS;
    List<NewsMtscCorpus.Item> transferItems = new ArrayList<>();
    List<StanceFeatures.Extracted> transferFeatures = new ArrayList<>();
    if (limit == 0 && transfer != null) {
      String annotatedText = null;
      List<edu.stanford.nlp.util.CoreMap> annotated = null;
      for (NewsMtscCorpus.Item item : NewsMtscCorpus.read(transfer, TRANSFER_LINES)) {
        if (!item.sentence().equals(annotatedText)) {
          annotatedText = item.sentence();
          annotated = featurizer.annotate(annotatedText);
        }
        StanceFeatures.Extracted f = NewsMtscCorpus.features(annotated, item);
        if (f != null) {
          transferItems.add(item);
          transferFeatures.add(f);
        }
        if (f != null && transferItems.size() % 500 == 0) {
          LOG.info("stance training: transfer set {} items", transferItems.size());
        }
      }
    }
    Dataset<Row> trainFrame = frame(spark, train, trainFeatures, true).cache();
    Pipeline pipeline = pipeline();
    LogisticRegression lr = (LogisticRegression) pipeline.getStages()[2];
    PipelineModel model = null;
    double regParam = regParams[0];
    double bestTransfer = Double.NEGATIVE_INFINITY;
    Map<String, Object> transferByReg = new LinkedHashMap<>();
    for (double reg : regParams) {
      PipelineModel candidate = pipeline.fit(trainFrame, new ParamMap().put(lr.regParam().w(reg)));
      double f1 = Double.NaN;
      if (!transferItems.isEmpty()) {
        StanceClassifier c = StanceClassifier.of(candidate, "regParam " + reg);
        StanceMetrics m = new StanceMetrics();
        for (int i = 0; i < transferItems.size(); i++) {
          m.add(transferItems.get(i).label(), c.predict(transferFeatures.get(i)).label());
        }
        f1 = m.macroF1();
        transferByReg.put(Double.toString(reg), StanceMetrics.round(f1));
        LOG.info("stance training: regParam {} -> NewsMTSC transfer macro-F1 {}", reg, String.format("%.4f", f1));
      }
      if (model == null || f1 > bestTransfer) {
        model = candidate;
        regParam = reg;
        bestTransfer = f1;
      }
    }
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
    Result result = new Result(modelDir, heldOutMap, trainMetrics.toMap(), regParam,
        classifier.vocabularySize(), train.size(), heldOut.size(), transferItems.size());
    writeCard(result, data, target, transferByReg, transfer, limit, classifier);
    return result;
  }

  static Pipeline pipeline() {
    CountVectorizer vectorizer = new CountVectorizer().setInputCol(TERMS).setOutputCol(TERM_VECTOR)
        .setMinDF(MIN_DF).setBinary(false);
    VectorAssembler assembler = new VectorAssembler().setInputCols(new String[] {TERM_VECTOR, SENTIMENT})
        .setOutputCol(FEATURES);
    LogisticRegression lr = new LogisticRegression().setFamily("multinomial").setFeaturesCol(FEATURES)
        .setLabelCol(LABEL).setWeightCol(WEIGHT).setElasticNetParam(0.0).setMaxIter(200).setRegParam(0.1)
        // Unstandardised, so that StanceFeatures.GENERIC_WEIGHT acts as a lighter penalty on generic features.
        .setStandardization(false);
    return new Pipeline().setStages(new PipelineStage[] {vectorizer, assembler, lr});
  }

  static List<StanceFeatures.Extracted> featurize(TextFeaturizer featurizer, List<GwsdCorpus.Item> items,
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
    return frame(spark, items, features, weighted ? classWeights(items) : null);
  }

  /** Inverse class frequency of each item's label, so that each class weighs the same in total. */
  static double[] classWeights(List<GwsdCorpus.Item> items) {
    int[] counts = new int[3];
    for (GwsdCorpus.Item item : items) {
      counts[item.label().ordinal()]++;
    }
    double[] weights = new double[items.size()];
    for (int i = 0; i < items.size(); i++) {
      weights[i] = items.size() / (3.0 * Math.max(1, counts[items.get(i).label().ordinal()]));
    }
    return weights;
  }

  /**
   * The model's input frame: guid, terms (each generic feature {@link StanceFeatures#GENERIC_WEIGHT} times),
   * the sentiment vector, the word-vector block when the features have one, label index and instance weight ({@code weights} null: 1).
   */
  static Dataset<Row> frame(SparkSession spark, List<GwsdCorpus.Item> items, List<StanceFeatures.Extracted> features,
                            double[] weights) {
    boolean vectors = !features.isEmpty() && features.get(0).vectors() != null;
    List<org.apache.spark.sql.types.StructField> fields = new ArrayList<>(List.of(
        DataTypes.createStructField("guid", DataTypes.StringType, false),
        DataTypes.createStructField(TERMS, DataTypes.createArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField(SENTIMENT, SQLDataTypes.VectorType(), false)));
    if (vectors) {
      fields.add(DataTypes.createStructField(StanceModelColumns.VECTORS, SQLDataTypes.VectorType(), false));
    }
    fields.add(DataTypes.createStructField(LABEL, DataTypes.DoubleType, false));
    fields.add(DataTypes.createStructField(WEIGHT, DataTypes.DoubleType, false));
    StructType schema = DataTypes.createStructType(fields);
    List<Row> rows = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      GwsdCorpus.Item item = items.get(i);
      StanceFeatures.Extracted f = features.get(i);
      List<Object> values = new ArrayList<>(6);
      values.add(item.guid());
      values.add(StanceFeatures.modelTerms(f.terms()).toArray(new String[0]));
      values.add(Vectors.dense(f.sentiment()));
      if (vectors) {
        values.add(Vectors.dense(f.vectors()));
      }
      values.add((double) item.label().ordinal());
      values.add(weights == null ? 1.0 : weights[i]);
      rows.add(RowFactory.create(values.toArray()));
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

  static long sparkDisagreements(SparkSession spark, PipelineModel model, StanceClassifier classifier,
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

  private static void writeCard(Result r, Path data, Path target, Map<String, Object> transferByReg,
                                Path transfer, int limit, StanceClassifier classifier) {
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
    metrics.put("transfer_data", transfer == null ? null : transfer + " (first " + TRANSFER_LINES + " lines)");
    metrics.put("transfer_items", r.transferItems());
    metrics.put("transfer_macro_f1_by_reg_param", transferByReg);
    metrics.put("vocabulary", r.vocabulary());
    metrics.put("held_out", r.heldOut());
    metrics.put("train", r.train());
    metrics.put("stancelens_version", BuildInfo.version());
    metrics.put("corenlp_version", BuildInfo.coreNlpVersion());
    writeModelFiles(r.modelDir(), metrics, card(r, metrics, classifier));
  }

  /** A saved model's metrics.json and MODEL_CARD.md, beside its stages. */
  static void writeModelFiles(Path modelDir, Map<String, Object> metrics, String card) {
    try {
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      Files.writeString(modelDir.resolve("metrics.json"), json.writeValueAsString(metrics) + "\n",
          StandardCharsets.UTF_8);
      Files.writeString(modelDir.resolve("MODEL_CARD.md"), card, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the model card in " + modelDir, e);
    }
  }

  private static String command(Path data, Path target, Path modelDir, int limit) {
    return "./stancelens train --task stance --data " + data + " --target " + target + " --model-dir " + modelDir
        + (limit > 0 ? " (limit " + limit + ")" : "");
  }

  /** The model cards' held-out section: its heading and one table row of the figures. */
  static String heldOutTable(Map<String, Object> h) {
    return "## Held-out figures (" + h.get("items") + " sentences)\n\n"
        + "| macro-F1 | SemEval avg F1 (FAVOR, AGAINST) | accuracy | F1 FAVOR | F1 AGAINST | F1 NEUTRAL |\n"
        + "|---|---|---|---|---|---|\n"
        + String.format("| %s | %s | %s | %s | %s | %s |%n%n", h.get("macro_f1"),
            h.get("semeval_avg_f1_favor_against"), h.get("accuracy"), h.get("f1_favor"), h.get("f1_against"),
            h.get("f1_neutral"));
  }

  private static String card(Result r, Map<String, Object> m, StanceClassifier classifier) {
    Map<String, Object> h = r.heldOut();
    StringBuilder top = new StringBuilder();
    for (String feature : List.of("dir:favor", "dir:against", "path_neg", "path_refuse", "path_support",
        "path_restrict", "path_cond", "t_neg", "t_full", "neg_any", "refuse_any", "cue_any", "path_cue")) {
      int w = StanceFeatures.GENERIC_WEIGHT;
      top.append(String.format("| `%s` | %+.3f | %+.3f | %+.3f |%n", feature,
          w * classifier.weight(feature, StanceLabel.FAVOR), w * classifier.weight(feature, StanceLabel.AGAINST),
          w * classifier.weight(feature, StanceLabel.NEUTRAL)));
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
        + "- **Pipeline:** CountVectorizer(counts, minDF=" + MIN_DF + ") over the stance feature names -> "
        + "VectorAssembler(+ 5 RNTN sentiment probabilities) -> LogisticRegression(multinomial, L2, not "
        + "standardised, class weights = inverse frequency, regParam " + r.regParam() + " chosen from "
        + java.util.Arrays.toString(REG_PARAMS) + " by macro-F1 on a target it never sees: " + r.transferItems()
        + " NewsMTSC (sentence, person) pairs scored on the generic features alone, "
        + m.get("transfer_macro_f1_by_reg_param") + "). Vocabulary: " + r.vocabulary() + ".\n"
        + "- **Features** (`StanceFeatures`): target-specific: lemma uni/bigrams with the target mention masked "
        + "as `<t>`, namespaced by the target (`global-warming|u:hoax`), so a target the model was not trained "
        + "on (the ceasefire) is scored on the generic features alone; generic (shared by all targets): the "
        + "dependency path from the mention (relation, governor, first predicate, cue verbs, negation, "
        + "refusal, support, condition, restriction, modals, composed direction), the mention's own "
        + "modifiers, span-wide flags, each counted " + StanceFeatures.GENERIC_WEIGHT + " times (a lighter L2 "
        + "penalty on the group, 1/" + StanceFeatures.GENERIC_WEIGHT * StanceFeatures.GENERIC_WEIGHT
        + " of an n-gram's); the sentence's RNTN sentiment probabilities. Target mentions come from "
        + "`models/targets/global-warming.properties` when training.\n"
        + "- **Labels:** 0 FAVOR (agree), 1 AGAINST (disagree), 2 NEUTRAL.\n\n"
        + heldOutTable(h)
        + "Anchor: the best SemEval-2016 Task 6 system reached 67.8 average F1 (FAVOR/AGAINST) on tweets. "
        + "Training-part macro-F1 (in-sample): " + r.train().get("macro_f1") + ".\n\n"
        + "## Weights of the target-independent features\n\n"
        + "Effect of the feature on each class's score (coefficient x " + StanceFeatures.GENERIC_WEIGHT
        + ", the times it is counted).\n\n"
        + "| feature | FAVOR | AGAINST | NEUTRAL |\n|---|---|---|---|\n" + top
        + "\nAll figures: `metrics.json` beside this card.\n";
  }
}
