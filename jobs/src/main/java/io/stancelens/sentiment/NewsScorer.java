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
 * the tasks (a few hundred KB); {@code NewsScorerTest} checks it against the Spark transform.
 */
public final class NewsScorer implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern STRETCH = Pattern.compile(
      "SELECT \\*, (\\S+) \\+ (\\S+) \\* \\(" + NewsSentimentTraining.RAW_PREDICTION + " - (\\S+)\\) AS "
          + NewsSentimentModel.PREDICTION + " FROM __THIS__");

  /** Nanoseconds this JVM spent in {@link #score} (features and the linear model), for the run's log. */
  private static final java.util.concurrent.atomic.LongAdder NANOS = new java.util.concurrent.atomic.LongAdder();

  private final Map<String, Integer> unigrams;
  private final double[] unigramIdf;
  private final Map<String, Integer> bigrams;
  private final double[] bigramIdf;
  private final List<String> assembled;
  /** Linear weights per output: one row for a regression, three (negative, neutral, positive) for the classifier. */
  private final double[][] weights;
  private final double[] intercepts;
  private final double mean;
  private final double stretch;

  private NewsScorer(Map<String, Integer> unigrams, double[] unigramIdf, Map<String, Integer> bigrams,
                     double[] bigramIdf, List<String> assembled, double[][] weights, double[] intercepts,
                     double mean, double stretch) {
    this.unigrams = unigrams;
    this.unigramIdf = unigramIdf;
    this.bigrams = bigrams;
    this.bigramIdf = bigramIdf;
    this.assembled = assembled;
    this.weights = weights;
    this.intercepts = intercepts;
    this.mean = mean;
    this.stretch = stretch;
  }

  /** Reads the fitted stages of a model saved by {@link NewsSentimentTraining}. */
  public static NewsScorer of(PipelineModel model) {
    List<Transformer> stages = new ArrayList<>();
    flatten(model, stages);
    Map<String, String[]> vocab = new HashMap<>();
    Map<String, double[]> idf = new HashMap<>();
    List<String> assembled = null;
    double[][] weights = null;
    double[] intercepts = null;
    double mean = 0;
    double stretch = 1;
    for (Transformer t : stages) {
      if (t instanceof CountVectorizerModel cv) {
        if (cv.getBinary() || cv.getMinTF() != 1.0) {
          throw new IllegalStateException("unsupported CountVectorizer settings in " + cv.uid());
        }
        vocab.put(cv.getInputCol(), cv.vocabulary());
      } else if (t instanceof IDFModel m) {
        idf.put(m.getInputCol(), m.idf().toArray());
      } else if (t instanceof VectorAssembler va) {
        assembled = List.of(va.getInputCols());
      } else if (t instanceof LinearRegressionModel lr) {
        weights = new double[][] {lr.coefficients().toArray()};
        intercepts = new double[] {lr.intercept()};
      } else if (t instanceof LogisticRegressionModel lr) {
        Matrix m = lr.coefficientMatrix();
        weights = new double[m.numRows()][m.numCols()];
        for (int i = 0; i < m.numRows(); i++) {
          for (int j = 0; j < m.numCols(); j++) {
            weights[i][j] = m.apply(i, j);
          }
        }
        intercepts = lr.interceptVector().toArray();
      } else if (t instanceof SQLTransformer sql && sql.getStatement().contains(NewsSentimentTraining.RAW_PREDICTION)) {
        Matcher matcher = STRETCH.matcher(sql.getStatement());
        if (!matcher.matches()) {
          throw new IllegalStateException("unexpected stretch stage: " + sql.getStatement());
        }
        mean = Double.parseDouble(matcher.group(1));
        stretch = Double.parseDouble(matcher.group(2));
      }
    }
    if (assembled == null || weights == null || !vocab.containsKey(NewsSentimentModel.TERMS)) {
      throw new IllegalStateException("not a news sentiment model: " + model.uid());
    }
    return new NewsScorer(index(vocab.get(NewsSentimentModel.TERMS)), idf.get("news_tf1"),
        vocab.containsKey("news_bigrams") ? index(vocab.get("news_bigrams")) : Map.of(), idf.get("news_tf2"),
        assembled, weights, intercepts, mean, stretch);
  }

  /** The score on -1..1 of a sentence with these RNTN root probabilities, as the Spark transform gives it. */
  public double score(String text, double[] rntnProbs) {
    long start = System.nanoTime();
    try {
      return scoreUntimed(text, rntnProbs);
    } finally {
      NANOS.add(System.nanoTime() - start);
    }
  }

  public static double secondsInThisJvm() {
    return NANOS.sum() / 1e9;
  }

  private double scoreUntimed(String text, double[] rntnProbs) {
    NewsFeatures features = NewsFeatures.of(text);
    double[] x = new double[weights[0].length];
    int offset = 0;
    for (String column : assembled) {
      switch (column) {
        case "news_tfidf1" -> offset = addTfIdf(features.terms(), unigrams, unigramIdf, x, offset);
        case "news_tfidf2" -> {
          List<String> grams = new ArrayList<>();
          for (int i = 0; i + 1 < features.terms().size(); i++) {
            grams.add(features.terms().get(i) + " " + features.terms().get(i + 1));
          }
          offset = addTfIdf(grams, bigrams, bigramIdf, x, offset);
        }
        default -> {
          if (column.startsWith("news_rntn_")) {
            x[offset++] = rntnProbs[Integer.parseInt(column.substring("news_rntn_".length()))];
          } else if (column.startsWith("news_lex_")) {
            x[offset++] = features.lexicon()[NewsFeatures.LEXICON_FEATURES.indexOf(column.substring("news_lex_".length()))];
          } else {
            throw new IllegalStateException("unknown assembled column " + column);
          }
        }
      }
    }
    double[] out = new double[weights.length];
    for (int k = 0; k < weights.length; k++) {
      double z = intercepts[k];
      for (int j = 0; j < x.length; j++) {
        z += weights[k][j] * x[j];
      }
      out[k] = z;
    }
    double raw;
    if (weights.length == 1) {
      raw = mean + stretch * (out[0] - mean);
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

  private static int addTfIdf(List<String> terms, Map<String, Integer> vocab, double[] idf, double[] x, int offset) {
    for (String term : terms) {
      Integer i = vocab.get(term);
      if (i != null) {
        x[offset + i] += idf[i];
      }
    }
    return offset + vocab.size();
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
