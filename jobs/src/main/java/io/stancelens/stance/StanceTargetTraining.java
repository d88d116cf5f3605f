package io.stancelens.stance;

import static io.stancelens.stance.StanceModelColumns.FEATURES;
import static io.stancelens.stance.StanceModelColumns.LABEL;
import static io.stancelens.stance.StanceModelColumns.SENTIMENT;
import static io.stancelens.stance.StanceModelColumns.TERMS;
import static io.stancelens.stance.StanceModelColumns.TERM_VECTOR;
import static io.stancelens.stance.StanceModelColumns.VECTORS;
import static io.stancelens.stance.StanceModelColumns.WEIGHT;

import io.stancelens.jobs.BuildInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a <em>target model</em>: the stance model of one target that has labelled data of its own (GWSD's
 * global warming), as opposed to the generic model {@link StanceTraining} trains for targets without any
 * (the ceasefire). Its input is the generic features, the target's n-grams and the word-vector block
 * ({@link StanceFeatures#vectors}); its regularisation is chosen by {@value #FOLDS}-fold cross-validation
 * inside GWSD's training part (folds by {@link GwsdCorpus#fold}), never on the held-out part, which it is
 * measured on once at the end. The target file names the saved model ({@code model=}, see
 * models/targets/README.md).
 */
public final class StanceTargetTraining {

  private static final Logger LOG = LoggerFactory.getLogger(StanceTargetTraining.class);
  public static final int FOLDS = 5;
  static final double[] REG_PARAMS = {0.3, 1.0, 3.0};
  /**
   * CountVectorizer's minimum document frequency, chosen with regParam: the model is standardised, which
   * magnifies rare features, so the n-gram vocabulary is cut harder than the generic model's.
   */
  static final int[] MIN_DFS = {5, 8, 12};
  /**
   * Items the annotators agreed on less than this (the estimated probability of the label) weigh less in
   * training: their instance weight is the class weight times that probability. Evaluation labels are not
   * touched.
   */
  static final boolean CONFIDENCE_WEIGHTS = true;

  /** What one training run produced. */
  public record Result(Path modelDir, Map<String, Object> heldOut, Map<String, Object> train, double regParam,
                       int minDf, Map<String, Object> crossValidation, int vocabulary, int trainItems,
                       int heldOutItems) {}

  private StanceTargetTraining() {}

  /**
   * @param limit train on at most this many training items (0 = all; tests use a small slice, with one
   *              regParam and two folds)
   */
  public static Result run(SparkSession spark, Path data, Path target, Path modelDir, int limit) {
    StanceTarget stanceTarget = StanceTarget.load(target);
    List<GwsdCorpus.Item> train = new ArrayList<>();
    List<GwsdCorpus.Item> heldOut = new ArrayList<>();
    for (GwsdCorpus.Item item : GwsdCorpus.read(data)) {
      (item.heldOut() ? heldOut : train).add(item);
    }
    if (limit > 0 && train.size() > limit) {
      train = train.subList(0, limit);
      heldOut = heldOut.subList(0, Math.min(heldOut.size(), Math.max(limit / 4, 20)));
    }
    LOG.info("stance target model: {} to train on, {} held out", train.size(), heldOut.size());
    TextFeaturizer featurizer = TextFeaturizer.shared();
    List<StanceFeatures.Extracted> trainFeatures = featurize(featurizer, train, stanceTarget);
    List<StanceFeatures.Extracted> heldOutFeatures = featurize(featurizer, heldOut, stanceTarget);

    double[] regParams = limit > 0 ? new double[] {1.0} : REG_PARAMS;
    int[] minDfs = limit > 0 ? new int[] {2} : MIN_DFS;
    int folds = limit > 0 ? 2 : FOLDS;
    Map<String, Object> cv = new LinkedHashMap<>();
    double regParam = regParams[0];
    int minDf = minDfs[0];
    double best = Double.NEGATIVE_INFINITY;
    for (int df : minDfs) {
      for (double reg : regParams) {
        double f1 = crossValidate(spark, train, trainFeatures, reg, df, folds);
        cv.put("minDF " + df + ", regParam " + reg, StanceMetrics.round(f1));
        LOG.info("stance target model: minDF {}, regParam {} -> {}-fold CV macro-F1 {}", df, reg, folds,
            String.format("%.4f", f1));
        if (f1 > best) {
          best = f1;
          regParam = reg;
          minDf = df;
        }
      }
    }
    PipelineModel model = fit(spark, train, trainFeatures, regParam, minDf);
    try {
      model.write().overwrite().save(modelDir.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the stance target model to " + modelDir, e);
    }
    StanceClassifier classifier = StanceClassifier.of(PipelineModel.load(modelDir.toString()), modelDir.toString());
    StanceMetrics heldOutMetrics = StanceTraining.measure(classifier, heldOut, heldOutFeatures);
    StanceMetrics trainMetrics = StanceTraining.measure(classifier, train, trainFeatures);
    long disagreements = StanceTraining.sparkDisagreements(spark, model, classifier, heldOut, heldOutFeatures);
    if (disagreements > 0) {
      throw new IllegalStateException(disagreements + " held-out items where the plain-Java scorer and "
          + "PipelineModel.transform disagree");
    }
    Result result = new Result(modelDir, heldOutMetrics.toMap(), trainMetrics.toMap(), regParam, minDf, cv,
        classifier.vocabularySize(), train.size(), heldOut.size());
    writeCard(result, data, target, stanceTarget, folds, limit);
    return result;
  }

  static List<StanceFeatures.Extracted> featurize(TextFeaturizer featurizer, List<GwsdCorpus.Item> items,
                                                  StanceTarget target) {
    List<StanceFeatures.Extracted> out = new ArrayList<>(items.size());
    for (GwsdCorpus.Item item : items) {
      out.add(featurizer.features(item.sentence(), target, true));
      if (out.size() % 200 == 0) {
        LOG.info("stance target model: featurized {} / {}", out.size(), items.size());
      }
    }
    return out;
  }

  /** Mean macro-F1 over the folds, each fitted on the other folds of the training part. */
  static double crossValidate(SparkSession spark, List<GwsdCorpus.Item> items, List<StanceFeatures.Extracted> features,
                              double regParam, int minDf, int folds) {
    StanceMetrics pooled = new StanceMetrics();
    for (int k = 0; k < folds; k++) {
      List<GwsdCorpus.Item> fitItems = new ArrayList<>();
      List<StanceFeatures.Extracted> fitFeatures = new ArrayList<>();
      List<GwsdCorpus.Item> testItems = new ArrayList<>();
      List<StanceFeatures.Extracted> testFeatures = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        boolean test = GwsdCorpus.fold(items.get(i).sentence(), folds) == k;
        (test ? testItems : fitItems).add(items.get(i));
        (test ? testFeatures : fitFeatures).add(features.get(i));
      }
      StanceClassifier c = StanceClassifier.of(fit(spark, fitItems, fitFeatures, regParam, minDf), "fold " + k);
      for (int i = 0; i < testItems.size(); i++) {
        pooled.add(testItems.get(i).label(), c.predict(testFeatures.get(i)).label());
      }
    }
    return pooled.macroF1();
  }

  /** Instance weights: the class weight, times the label's estimated probability ({@link #CONFIDENCE_WEIGHTS}). */
  static double[] weights(List<GwsdCorpus.Item> items) {
    double[] w = StanceTraining.classWeights(items);

    if (CONFIDENCE_WEIGHTS) {
      for (int i = 0; i < w.length; i++) {
        w[i] *= items.get(i).confidence();
      }
    }
    return w;
  }

  static PipelineModel fit(SparkSession spark, List<GwsdCorpus.Item> items, List<StanceFeatures.Extracted> features,
                           double regParam, int minDf) {

    // Not cached here: LogisticRegression then persists its own instances (the assembled vectors) once,
    // instead of re-running the vectorizer and assembler on every iteration.
    return pipeline(regParam, minDf).fit(StanceTraining.frame(spark, items, features, weights(items)));
  }

  static Pipeline pipeline(double regParam, int minDf) {
    CountVectorizer vectorizer = new CountVectorizer().setInputCol(TERMS).setOutputCol(TERM_VECTOR)
        .setMinDF(minDf).setBinary(false);
    VectorAssembler assembler = new VectorAssembler().setInputCols(new String[] {TERM_VECTOR, SENTIMENT, VECTORS})
        .setOutputCol(FEATURES);
    LogisticRegression lr = new LogisticRegression().setFamily("multinomial").setFeaturesCol(FEATURES)
        .setLabelCol(LABEL).setWeightCol(WEIGHT).setElasticNetParam(0.0).setMaxIter(300).setRegParam(regParam)
        // Standardised: the n-grams, the generic features, the sentiment and the word vectors are on
        // different scales; cross-validation measured this better than one unstandardised penalty.
        .setStandardization(true);
    return new Pipeline().setStages(new PipelineStage[] {vectorizer, assembler, lr});
  }

  private static void writeCard(Result r, Path data, Path target, StanceTarget stanceTarget, int folds, int limit) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("trained_at", Instant.now().toString());
    m.put("command", "./stancelens train --task stance --data " + data + " --target " + target
        + (limit > 0 ? " (limit " + limit + ")" : ""));
    m.put("kind", "target model");
    m.put("data", data.toString());
    m.put("target", target.toString());
    m.put("train_items", r.trainItems());
    m.put("held_out_items", r.heldOutItems());
    m.put("split", "held out iff SHA-256('" + GwsdCorpus.SPLIT_SEED + ":' + normalised sentence) % 100 < "
        + GwsdCorpus.HELD_OUT_PERCENT);
    m.put("label_rule", "argmax of GWSD's estimated agree/disagree/neutral probabilities "
        + "(agree->FAVOR, disagree->AGAINST, neutral->NEUTRAL); screening items s0..s4 dropped");
    m.put("instance_weights", CONFIDENCE_WEIGHTS ? "inverse class frequency x the label's estimated probability"
        : "inverse class frequency");
    m.put("reg_param", r.regParam());
    m.put("min_df", r.minDf());
    m.put("cv_folds", folds);
    m.put("cv_macro_f1", r.crossValidation());
    m.put("vocabulary", r.vocabulary());
    m.put("generic_weight", StanceFeatures.GENERIC_WEIGHT);
    m.put("held_out", r.heldOut());
    m.put("train", r.train());
    m.put("stancelens_version", BuildInfo.version());
    m.put("corenlp_version", BuildInfo.coreNlpVersion());
    StanceTraining.writeModelFiles(r.modelDir(), m, card(r, m, stanceTarget, folds));
  }

  private static String card(Result r, Map<String, Object> m, StanceTarget target, int folds) {
    Map<String, Object> h = r.heldOut();
    return "# Stance target model: " + target.name() + " (GWSD, Spark MLlib logistic regression)\n\n"
        + "Written by `StanceTargetTraining` when the model was trained; do not edit by hand.\n\n"
        + "- **Trained:** " + m.get("trained_at") + "\n"
        + "- **Command:** `" + m.get("command") + "` (trains the generic model too)\n"
        + "- **Role:** the model of the `" + target.name() + "` target, named by its target file (`model=`). "
        + "Targets without labelled data of their own (the ceasefire) use the generic model "
        + "(`models/stance/gwsd-lr`), whose n-grams of this target never fire for them.\n"
        + "- **Data:** Global Warming Stance Dataset train file (Luo, Card & Jurafsky, Findings of EMNLP 2020), "
        + "news sentences toward \"climate change is a serious concern\"; " + r.trainItems() + " items trained on, "
        + r.heldOutItems() + " held out.\n"
        + "- **Label rule:** " + m.get("label_rule") + ".\n"
        + "- **Split:** " + m.get("split") + " (fixed, the same as the generic model's; the held-out part is "
        + "never trained on nor used to choose anything).\n"
        + "- **Instance weights:** " + m.get("instance_weights") + " (GWSD's 8 annotators: a label they "
        + "disagree on counts less; the evaluation labels are unchanged).\n"
        + "- **Pipeline:** CountVectorizer(counts, minDF=" + r.minDf() + ") over the stance feature names -> "
        + "VectorAssembler(+ 5 RNTN sentiment probabilities + " + StanceFeatures.VECTOR_SIZE
        + " word-vector values) -> LogisticRegression(multinomial, L2, standardised, instance weights, regParam "
        + r.regParam() + "). minDF and regParam chosen from " + Arrays.toString(MIN_DFS) + " x "
        + Arrays.toString(REG_PARAMS) + " by " + folds + "-fold cross-validated macro-F1 (pooled over the folds) "
        + "inside the training part, folds by a hash of the sentence: " + r.crossValidation() + ". Vocabulary: "
        + r.vocabulary() + ".\n"
        + "- **Features:** the generic model's (`StanceFeatures`: dependency path from the target mention, cue "
        + "verbs, negation, refusal, conditions, restrictions, composed direction (counted "
        + StanceFeatures.GENERIC_WEIGHT + " times as in the generic model; standardisation makes that a no-op "
        + "here); the target's lemma uni/bigrams with the mention masked as `<t>`; RNTN sentiment) and the "
        + "word-vector block (`StanceFeatures.vectors`, " + StanceFeatures.VECTOR_SIZE + " values): five unit "
        + "vectors of CoreNLP's 50-d pretrained word vectors (`io.stancelens.nlp.WordVectors`): the means over "
        + "the sentence's content words, the words within " + StanceFeatures.VECTOR_WINDOW + " tokens of a target "
        + "mention, the words on the dependency path from the mention (with the mention head's dependents) and "
        + "the mention's own words, and the element-wise maximum over the content words.\n"
        + "- **Labels:** 0 FAVOR (agree), 1 AGAINST (disagree), 2 NEUTRAL.\n\n"
        + StanceTraining.heldOutTable(h)
        + "Anchor: the best SemEval-2016 Task 6 system reached 67.8 average F1 (FAVOR/AGAINST) on tweets; the "
        + "issue's aim is macro-F1 >= 0.65. Training-part macro-F1 (in-sample): " + r.train().get("macro_f1")
        + ".\n\nAll figures: `metrics.json` beside this card.\n";
  }
}
