package io.stancelens.stance;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.Matrix;

/**
 * The trained stance model as plain Java: the coefficients of the saved Spark ML PipelineModel
 * (CountVectorizer over the feature names, VectorAssembler with the 5 sentiment probabilities,
 * multinomial LogisticRegression), read out of it once per JVM. Scoring a statement needs no Spark; it
 * computes exactly what {@code PipelineModel.transform} computes (a test checks they agree).
 */
public final class StanceClassifier implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, StanceClassifier> LOADED = new ConcurrentHashMap<>();

  private final Map<String, Integer> vocabulary;
  private final int termCount;
  private final boolean binary;
  private final double minTf;
  private final double[][] coefficients;
  private final double[] intercepts;
  private final String source;
  private final boolean usesVectors;

  StanceClassifier(Map<String, Integer> vocabulary, boolean binary, double minTf, double[][] coefficients,
                   double[] intercepts, String source, boolean usesVectors) {
    this.usesVectors = usesVectors;
    this.vocabulary = vocabulary;
    this.termCount = vocabulary.size();
    this.binary = binary;
    this.minTf = minTf;
    this.coefficients = coefficients;
    this.intercepts = intercepts;
    this.source = source;
  }

  /** The model saved at {@code dir}, read once per JVM (needs the active SparkSession to read it). */
  public static StanceClassifier load(String dir) {
    return LOADED.computeIfAbsent(dir, d -> of(PipelineModel.load(d), d));
  }

  /** Reads the coefficients out of a fitted stance pipeline. */
  public static StanceClassifier of(PipelineModel model, String source) {
    CountVectorizerModel vectorizer = null;
    VectorAssembler assembler = null;
    LogisticRegressionModel lr = null;
    for (Transformer stage : model.stages()) {
      if (stage instanceof CountVectorizerModel cv) {
        vectorizer = cv;
      } else if (stage instanceof VectorAssembler va) {
        assembler = va;
      } else if (stage instanceof LogisticRegressionModel m) {
        lr = m;
      }
    }
    if (vectorizer == null || assembler == null || lr == null) {
      throw new IllegalArgumentException(source + " is not a stance pipeline "
          + "(CountVectorizer, VectorAssembler, LogisticRegression)");
    }
    List<String> inputs = List.of(assembler.getInputCols());
    boolean usesVectors = inputs.equals(
        List.of(StanceModelColumns.TERM_VECTOR, StanceModelColumns.SENTIMENT, StanceModelColumns.VECTORS));
    if (!usesVectors && !inputs.equals(List.of(StanceModelColumns.TERM_VECTOR, StanceModelColumns.SENTIMENT))) {
      throw new IllegalArgumentException(source + ": unexpected assembler inputs " + inputs);
    }
    int dense = StanceModelColumns.SENTIMENT_SIZE + (usesVectors ? StanceFeatures.VECTOR_SIZE : 0);
    String[] vocab = vectorizer.vocabulary();
    Map<String, Integer> index = new HashMap<>(vocab.length * 2);
    for (int i = 0; i < vocab.length; i++) {
      index.put(vocab[i], i);
    }
    Matrix w = lr.coefficientMatrix();
    if (w.numRows() != StanceLabel.values().length || w.numCols() != vocab.length + dense) {
      throw new IllegalArgumentException(source + ": coefficient matrix " + w.numRows() + "x" + w.numCols()
          + " does not fit " + vocab.length + " terms + " + dense + " sentiment and vector values");
    }
    double[][] coefficients = new double[w.numRows()][w.numCols()];
    for (int k = 0; k < w.numRows(); k++) {
      for (int j = 0; j < w.numCols(); j++) {
        coefficients[k][j] = w.apply(k, j);
      }
    }
    return new StanceClassifier(index, vectorizer.getBinary(), vectorizer.getMinTF(), coefficients,
        lr.interceptVector().toArray(), source, usesVectors);
  }

  /** True when the model reads the word-vector block: score it on features extracted with vectors. */
  public boolean usesVectors() {
    return usesVectors;
  }

  /** Class probabilities in {@link StanceLabel} order. */
  public double[] probabilities(StanceFeatures.Extracted features) {
    double[] z = intercepts.clone();
    Map<Integer, Integer> counts = new HashMap<>();
    for (String term : StanceFeatures.modelTerms(features.terms())) {
      Integer j = vocabulary.get(term);
      if (j != null) {
        counts.merge(j, 1, Integer::sum);
      }
    }
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      double tf = e.getValue();
      if (tf < minTf) {
        continue;
      }
      double x = binary ? 1.0 : tf;
      for (int k = 0; k < z.length; k++) {
        z[k] += coefficients[k][e.getKey()] * x;
      }
    }
    double[] s = features.sentiment();
    for (int j = 0; j < StanceModelColumns.SENTIMENT_SIZE; j++) {
      for (int k = 0; k < z.length; k++) {
        z[k] += coefficients[k][termCount + j] * s[j];
      }
    }
    if (usesVectors) {
      double[] v = features.vectors();
      if (v == null) {
        throw new IllegalArgumentException(source + " reads word vectors: extract the features with vectors");
      }
      int offset = termCount + StanceModelColumns.SENTIMENT_SIZE;
      for (int j = 0; j < StanceFeatures.VECTOR_SIZE; j++) {
        for (int k = 0; k < z.length; k++) {
          z[k] += coefficients[k][offset + j] * v[j];
        }
      }
    }
    return softmax(z);
  }

  public Prediction predict(StanceFeatures.Extracted features) {
    double[] p = probabilities(features);
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    return new Prediction(StanceLabel.ofIndex(best), p);
  }

  /** The learned weight of a feature for a class (0 when the feature is not in the vocabulary). */
  public double weight(String term, StanceLabel label) {
    Integer j = vocabulary.get(term);
    return j == null ? 0 : coefficients[label.ordinal()][j];
  }

  public int vocabularySize() {
    return termCount;
  }

  public String source() {
    return source;
  }

  private static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] p = new double[z.length];
    for (int k = 0; k < z.length; k++) {
      p[k] = Math.exp(z[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < z.length; k++) {
      p[k] /= sum;
    }
    return p;
  }

  /** A stance with the probabilities of all three classes. */
  public record Prediction(StanceLabel label, double[] probabilities) implements Serializable {
    public double probability() {
      return probabilities[label.ordinal()];
    }
  }
}
