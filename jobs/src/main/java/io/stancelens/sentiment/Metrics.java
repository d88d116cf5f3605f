package io.stancelens.sentiment;

/** Agreement figures between scores and gold: Pearson r, 3-class confusion and support-weighted F1. */
public final class Metrics {

  private Metrics() {}

  public static double pearson(double[] x, double[] y) {
    if (x.length != y.length || x.length < 2) {
      throw new IllegalArgumentException("pearson needs two equal-length series of at least 2 values");
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= x.length;
    my /= y.length;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }

  /** Confusion counts [gold][predicted] over the three classes of {@link ThreeClass#of} of each series. */
  public static int[][] confusion(double[] goldScores, double[] predictedScores) {
    int[][] m = new int[3][3];
    for (int i = 0; i < goldScores.length; i++) {
      m[ThreeClass.of(goldScores[i]).ordinal()][ThreeClass.of(predictedScores[i]).ordinal()]++;
    }
    return m;
  }

  /** F1 of each class weighted by its gold support (scikit-learn's {@code average='weighted'}). */
  public static double weightedF1(int[][] confusion) {
    int total = 0;
    double weighted = 0;
    for (int c = 0; c < confusion.length; c++) {
      int support = 0;
      int predicted = 0;
      for (int k = 0; k < confusion.length; k++) {
        support += confusion[c][k];
        predicted += confusion[k][c];
      }
      int tp = confusion[c][c];
      double f1 = support + predicted == 0 ? 0 : 2.0 * tp / (support + predicted);
      weighted += f1 * support;
      total += support;
    }
    return total == 0 ? 0 : weighted / total;
  }

  public static double accuracy(int[][] confusion) {
    int correct = 0;
    int total = 0;
    for (int i = 0; i < confusion.length; i++) {
      for (int j = 0; j < confusion.length; j++) {
        total += confusion[i][j];
        if (i == j) {
          correct += confusion[i][j];
        }
      }
    }
    return total == 0 ? 0 : correct / (double) total;
  }
}
