package io.stancelens.sentiment;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.Label;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import java.util.List;
import org.ejml.simple.SimpleMatrix;

/**
 * The RNTN's predictions below the root: CoreNLP's sentiment model predicts five class probabilities at every
 * node of the binarized tree, words (pre-terminals) and phrases alike, and a long news sentence's root is
 * mostly neutral while its phrases are not. Kept as sums ({@link #stats}) so the sentences of a snippet pool
 * exactly, and turned into the news model's features by {@link #features}.
 */
public final class RntnNodes {

  /** Names of {@link #features}, in order. */
  public static final List<String> FEATURES = List.of(
      "phrase_mean_score", "phrase_negative_share", "phrase_positive_share", "phrase_min_score",
      "phrase_max_score", "word_mean_score", "word_negative_share", "word_positive_share");

  /** Length of {@link #stats}: phrases, phrase score sum, negative, positive, min, max, words, word score sum, negative, positive. */
  public static final int STATS = 10;

  private RntnNodes() {}

  /** Sums over the nodes of one sentence's sentiment-annotated tree. */
  public static double[] stats(Tree tree) {
    double[] s = new double[STATS];
    s[4] = 0;
    s[5] = 0;
    for (Tree node : tree) {
      if (node.isLeaf()) {
        continue;
      }
      Label label = node.label();
      if (!(label instanceof CoreLabel core) || core.get(RNNCoreAnnotations.Predictions.class) == null) {
        continue;
      }
      SimpleMatrix p = RNNCoreAnnotations.getPredictions(node);
      double neg = p.get(0) + p.get(1);
      double pos = p.get(3) + p.get(4);
      double score = -p.get(0) - 0.5 * p.get(1) + 0.5 * p.get(3) + p.get(4);
      int argmax = RNNCoreAnnotations.getPredictedClass(node);
      if (node.isPreTerminal()) {
        s[6]++;
        s[7] += score;
        s[8] += argmax < 2 ? 1 : 0;
        s[9] += argmax > 2 ? 1 : 0;
      } else {
        s[0]++;
        s[1] += score;
        s[2] += neg;
        s[3] += pos;
        s[4] = Math.min(s[4], score);
        s[5] = Math.max(s[5], score);
      }
    }
    return s;
  }

  /** The sums of several sentences (a snippet), as if their nodes were one tree's. */
  public static double[] pool(List<double[]> sentences) {
    double[] s = new double[STATS];
    for (double[] x : sentences) {
      for (int i = 0; i < STATS; i++) {
        s[i] = i == 4 ? Math.min(s[i], x[i]) : i == 5 ? Math.max(s[i], x[i]) : s[i] + x[i];
      }
    }
    return s;
  }

  /** The {@link #FEATURES} of pooled sums; zeros where a sentence had no phrase or no word. */
  public static double[] features(double[] s) {
    double phrases = Math.max(1, s[0]);
    double words = Math.max(1, s[6]);
    return new double[] {s[1] / phrases, s[2] / phrases, s[3] / phrases, s[4], s[5],
        s[7] / words, s[8] / words, s[9] / words};
  }
}
