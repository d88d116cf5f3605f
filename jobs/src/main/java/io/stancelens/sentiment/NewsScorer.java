package io.stancelens.sentiment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.regression.LinearRegressionModel;

/**
 * The news model's fitted {@link PipelineModel} as plain Java: the same vocabulary, IDF weights, assembled
 * feature order and linear coefficients, evaluated per sentence inside the annotate task, so scoring costs
 * microseconds per sentence and no Spark job. Built once on the driver from the loaded model and shipped to
 * the tasks (a few hundred KB); {@code NewsSentimentModelTest} checks it against the Spark transform.
 */
public final class NewsScorer implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern STRETCH = Pattern.compile(
      "SELECT \\*, (\\S+) \\+ (\\S+) \\* \\(" + NewsSentimentTraining.RAW_PREDICTION + " - (\\S+)\\) AS ("
          + NewsSentimentModel.PREDICTION + "|" + NewsSentimentTraining.STRETCHED + ") FROM __THIS__");

  /** Nanoseconds this JVM spent in {@link #score} (features and the linear model), for the run's log. */
  private static final java.util.concurrent.atomic.LongAdder NANOS = new java.util.concurrent.atomic.LongAdder();

  /** A fitted TF-IDF feature: the term vocabulary of a CountVectorizer and the IDF weights after it. */
  private record TfIdf(String input, Map<String, Integer> vocabulary, double[] idf) implements Serializable {}

  /** A fitted linear model over assembled features, or (stacked) over one TF-IDF column. */
  private record Linear(double[][] weights, double[] intercepts) implements Serializable {}

  /** TF-IDF features by the name of the IDF's output column. */
  private final Map<String, TfIdf> tfidf;
  private final List<String> assembled;
  /** Linear weights per output: one row for a regression, three (negative, neutral, positive) for the classifier. */
  private final Linear model;
  /** The stacked NewsMTSC regression over the TF-IDF column {@link #stackedInput}, or null. */
  private final Linear stacked;
  private final String stackedInput;
  private final double center;
  private final double stretch;
  private final double pivot;
  /**
   * The 3-class classifier over the same features, or null: when present, the score is clamped into the band of
   * its class ({@link NewsSentimentTraining#clamp}).
   */
  private final Linear classifier;

  private NewsScorer(Map<String, TfIdf> tfidf, List<String> assembled, Linear model, Linear stacked,
                     String stackedInput, double center, double stretch, double pivot, Linear classifier) {
    this.tfidf = tfidf;
    this.assembled = assembled;
    this.model = model;
    this.stacked = stacked;
    this.stackedInput = stackedInput;
    this.center = center;
    this.stretch = stretch;
    this.pivot = pivot;
    this.classifier = classifier;
  }

  /** The scorer's file beside the PipelineModel, written by training: loading it needs no Spark job. */
  public static final String FILE = "news_scorer.ser";

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NewsScorer.class);
  private static final Map<String, NewsScorer> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The scorer of the model in {@code dir}, once per JVM: read from its {@value #FILE} (milliseconds) when the
   * directory is local and has one that this code can read; otherwise built from the PipelineModel (seconds:
   * Spark reads every stage). {@code NewsSentimentModelTest} checks the file against the Spark transform.
   */
  public static NewsScorer load(String dir) {
    return LOADED.computeIfAbsent(dir, d -> {
      long start = System.nanoTime();
      java.nio.file.Path file = d.contains("://") ? null : java.nio.file.Path.of(d, FILE);
      if (file != null && java.nio.file.Files.isRegularFile(file)) {
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
            new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file)))) {
          NewsScorer scorer = ((NewsScorer) in.readObject()).warm();
          LOG.info("news sentiment scorer read from {} in {} ms", file, (System.nanoTime() - start) / 1_000_000);
          return scorer;
        } catch (java.io.IOException | ClassNotFoundException | ClassCastException e) {
          LOG.warn("news sentiment scorer {} unreadable ({}); building it from the PipelineModel", file, e.toString());
        }
      }
      return of(NewsSentimentModel.load(d)).warm();
    });
  }

  /** Whether the model reads the word-vector features ({@link NewsFeatures#vectors}). */
  public boolean usesVectors() {
    return assembled.stream().anyMatch(c -> c.startsWith(NewsSentimentTraining.VECTOR_PREFIX));
  }

  /**
   * Starts loading what scoring needs beyond this object (CoreNLP's word vectors: 0.6 s once per JVM on a quiet
   * machine, 2-9 s on a busy one) in a background thread, so that it overlaps the CoreNLP pipeline's load instead
   * of adding to the model's; the first sentence that needs them waits if they are not there yet. Executors that
   * receive the scorer in a task load them on their first sentence.
   */
  private NewsScorer warm() {
    if (usesVectors()) {
      Thread loader = new Thread(() -> {
        long start = System.nanoTime();
        try {
          io.stancelens.nlp.WordVectors.get();
          LOG.info("news sentiment scorer: CoreNLP word vectors loaded in {} ms (background)",
              (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | Error e) {
          // The first score calls WordVectors.get() again and fails with the cause.
          LOG.warn("news sentiment scorer: CoreNLP word vectors did not load ({})", e.toString());
        }
      }, "news-scorer-word-vectors");
      loader.setDaemon(true);
      loader.start();
    }
    return this;
  }

  /** Writes {@value #FILE} into {@code dir}. */
  public void save(java.nio.file.Path dir) throws java.io.IOException {
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(
        new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(dir.resolve(FILE))))) {
      out.writeObject(this);
    }
  }

  /** Reads the fitted stages of a model saved by {@link NewsSentimentTraining}. */
  public static NewsScorer of(PipelineModel model) {
    List<Transformer> stages = new ArrayList<>();
    flatten(model, stages);
    Map<String, CountVectorizerModel> counts = new HashMap<>();
    Map<String, TfIdf> tfidf = new HashMap<>();
    List<String> assembled = null;
    Linear linear = null;
    Linear stacked = null;
    String stackedInput = null;
    double center = 0;
    double stretch = 1;
    double pivot = 0;
    Linear classifier = null;
    boolean clamps = false;
    for (Transformer t : stages) {
      if (t instanceof CountVectorizerModel cv) {
        if (cv.getBinary() || cv.getMinTF() != 1.0) {
          throw new IllegalStateException("unsupported CountVectorizer settings in " + cv.uid());
        }
        counts.put(cv.getOutputCol(), cv);
      } else if (t instanceof IDFModel m) {
        CountVectorizerModel cv = counts.get(m.getInputCol());
        if (cv == null) {
          throw new IllegalStateException("IDF " + m.uid() + " does not follow a CountVectorizer");
        }
        tfidf.put(m.getOutputCol(), new TfIdf(cv.getInputCol(), index(cv.vocabulary()), m.idf().toArray()));
      } else if (t instanceof VectorAssembler va) {
        assembled = List.of(va.getInputCols());
      } else if (t instanceof LinearRegressionModel lr && lr.getPredictionCol().equals(NewsSentimentTraining.NEWS_MTSC)) {
        stacked = new Linear(new double[][] {lr.coefficients().toArray()}, new double[] {lr.intercept()});
        stackedInput = lr.getFeaturesCol();
      } else if (t instanceof LinearRegressionModel lr) {
        linear = new Linear(new double[][] {lr.coefficients().toArray()}, new double[] {lr.intercept()});
      } else if (t instanceof LogisticRegressionModel lr && lr.getPredictionCol().equals(NewsSentimentTraining.CLASS)) {
        classifier = weights(lr);
      } else if (t instanceof LogisticRegressionModel lr) {
        linear = weights(lr);
      } else if (t instanceof SQLTransformer sql && sql.getStatement().contains(NewsSentimentTraining.RAW_PREDICTION)) {
        Matcher matcher = STRETCH.matcher(sql.getStatement());
        if (!matcher.matches()) {
          throw new IllegalStateException("unexpected stretch stage: " + sql.getStatement());
        }
        center = Double.parseDouble(matcher.group(1));
        stretch = Double.parseDouble(matcher.group(2));
        pivot = Double.parseDouble(matcher.group(3));
      } else if (t instanceof SQLTransformer sql && sql.getStatement().contains(NewsSentimentTraining.STRETCHED)) {
        if (!sql.getStatement().equals(NewsSentimentTraining.CLAMP_SQL)) {
          throw new IllegalStateException("unexpected clamp stage: " + sql.getStatement());
        }
        clamps = true;
      }
    }
    if (clamps != (classifier != null)) {
      throw new IllegalStateException("a classifier needs its clamp stage and the clamp its classifier: " + model.uid());
    }
    if (assembled == null || linear == null) {
      throw new IllegalStateException("not a news sentiment model: " + model.uid());
    }
    if (stacked != null && !tfidf.containsKey(stackedInput)) {
      throw new IllegalStateException("the stacked regression reads " + stackedInput + ", which no IDF makes");
    }
    return new NewsScorer(Map.copyOf(tfidf), assembled, linear, stacked, stackedInput, center, stretch, pivot,
        classifier);
  }

  private static Linear weights(LogisticRegressionModel lr) {
    Matrix m = lr.coefficientMatrix();
    double[][] weights = new double[m.numRows()][m.numCols()];
    for (int i = 0; i < m.numRows(); i++) {
      for (int j = 0; j < m.numCols(); j++) {
        weights[i][j] = m.apply(i, j);
      }
    }
    return new Linear(weights, lr.interceptVector().toArray());
  }

  /**
   * The score on -1..1 of a sentence with these RNTN root probabilities and node sums ({@link RntnNodes#stats}),
   * as the Spark transform gives it.
   */
  public double score(String text, double[] rntnProbs, double[] rntnNodes) {
    long start = System.nanoTime();
    try {
      return scoreUntimed(text, rntnProbs, rntnNodes);
    } finally {
      NANOS.add(System.nanoTime() - start);
    }
  }

  public static double secondsInThisJvm() {
    return NANOS.sum() / 1e9;
  }

  private double scoreUntimed(String text, double[] rntnProbs, double[] rntnNodes) {
    NewsFeatures features = NewsFeatures.of(text);
    double[] nodes = RntnNodes.features(rntnNodes);
    double[] vectors = null;
    double[] x = new double[model.weights()[0].length];
    int offset = 0;
    for (String column : assembled) {
      TfIdf t = tfidf.get(column);
      if (t != null) {
        offset = addTfIdf(input(t, features), t, x, offset);
      } else if (column.equals(NewsSentimentTraining.NEWS_MTSC)) {
        TfIdf in = tfidf.get(stackedInput);
        double[] v = new double[in.vocabulary().size()];
        addTfIdf(input(in, features), in, v, 0);
        x[offset++] = linear(stacked, v)[0];
      } else if (column.startsWith("news_rntn_")) {
        x[offset++] = rntnProbs[Integer.parseInt(column.substring("news_rntn_".length()))];
      } else if (column.startsWith("news_node_")) {
        x[offset++] = nodes[RntnNodes.FEATURES.indexOf(column.substring("news_node_".length()))];
      } else if (column.startsWith(NewsSentimentTraining.VECTOR_PREFIX)) {
        if (vectors == null) {
          vectors = NewsFeatures.vectors(text);
        }
        x[offset++] = vectors[Integer.parseInt(column.substring(NewsSentimentTraining.VECTOR_PREFIX.length()))];
      } else if (column.startsWith("news_lex_")) {
        x[offset++] = features.lexicon()[NewsFeatures.LEXICON_FEATURES.indexOf(column.substring("news_lex_".length()))];
      } else {
        throw new IllegalStateException("unknown assembled column " + column);
      }
    }
    double[] out = linear(model, x);
    double raw;
    if (out.length == 1) {
      raw = center + stretch * (out[0] - pivot);
      if (classifier != null) {
        // MLlib's prediction is the class of the largest raw score (first on ties): softmax is monotone.
        double[] classes = linear(classifier, x);
        int best = 0;
        for (int k = 1; k < classes.length; k++) {
          if (classes[k] > classes[best]) {
            best = k;
          }
        }
        raw = NewsSentimentTraining.clamp(raw, best);
      }
    } else {
      double max = Arrays.stream(out).max().orElseThrow();
      double sum = 0;
      for (int k = 0; k < out.length; k++) {
        out[k] = Math.exp(out[k] - max);
        sum += out[k];
      }
      raw = (out[ThreeClass.POSITIVE.ordinal()] - out[ThreeClass.NEGATIVE.ordinal()]) / sum;
    }
    return Math.max(-1.0, Math.min(1.0, raw));
  }

  private static double[] linear(Linear m, double[] x) {
    double[] out = new double[m.weights().length];
    for (int k = 0; k < out.length; k++) {
      double z = m.intercepts()[k];
      for (int j = 0; j < x.length; j++) {
        z += m.weights()[k][j] * x[j];
      }
      out[k] = z;
    }
    return out;
  }

  /** The terms a TF-IDF column counts: the words, or their bigrams as NGram joins them. */
  private static List<String> input(TfIdf t, NewsFeatures features) {
    if (t.input().equals(NewsSentimentModel.TERMS)) {
      return features.terms();
    }
    if (!t.input().equals("news_bigrams")) {
      throw new IllegalStateException("unknown TF-IDF input " + t.input());
    }
    List<String> grams = new ArrayList<>();
    for (int i = 0; i + 1 < features.terms().size(); i++) {
      grams.add(features.terms().get(i) + " " + features.terms().get(i + 1));
    }
    return grams;
  }

  private static int addTfIdf(List<String> terms, TfIdf t, double[] x, int offset) {
    for (String term : terms) {
      Integer i = t.vocabulary().get(term);
      if (i != null) {
        x[offset + i] += t.idf()[i];
      }
    }
    return offset + t.vocabulary().size();
  }

  private static Map<String, Integer> index(String[] vocabulary) {
    Map<String, Integer> map = new HashMap<>(vocabulary.length * 2);
    for (int i = 0; i < vocabulary.length; i++) {
      map.put(vocabulary[i], i);
    }
    return map;
  }

  private static void flatten(PipelineModel model, List<Transformer> out) {
    for (Transformer t : model.stages()) {
      if (t instanceof PipelineModel nested) {
        flatten(nested, out);
      } else {
        out.add(t);
      }
    }
  }
}
