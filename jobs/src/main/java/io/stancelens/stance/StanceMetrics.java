package io.stancelens.stance;

import java.util.LinkedHashMap;
import java.util.Map;

/** Confusion counts over FAVOR / AGAINST / NEUTRAL and the F1 figures stance work reports. */
public final class StanceMetrics {

  private final long[][] confusion = new long[3][3];

  public void add(StanceLabel gold, StanceLabel predicted) {
    confusion[gold.ordinal()][predicted.ordinal()]++;
  }

  public long count() {
    long n = 0;
    for (long[] row : confusion) {
      for (long v : row) {
        n += v;
      }
    }
    return n;
  }

  public double accuracy() {
    long right = 0;
    for (int k = 0; k < 3; k++) {
      right += confusion[k][k];
    }
    return count() == 0 ? 0 : (double) right / count();
  }

  public double f1(StanceLabel label) {
    int k = label.ordinal();
    long tp = confusion[k][k];
    long predicted = 0;
    long gold = 0;
    for (int j = 0; j < 3; j++) {
      predicted += confusion[j][k];
      gold += confusion[k][j];
    }
    return tp == 0 ? 0 : 2.0 * tp / (predicted + gold);
  }

  /** Unweighted mean of the three classes' F1. */
  public double macroF1() {
    return (f1(StanceLabel.FAVOR) + f1(StanceLabel.AGAINST) + f1(StanceLabel.NEUTRAL)) / 3;
  }

  /** SemEval-2016 Task 6's figure: the mean of the FAVOR and AGAINST F1 (NEUTRAL/NONE not averaged in). */
  public double semEvalAverageF1() {
    return (f1(StanceLabel.FAVOR) + f1(StanceLabel.AGAINST)) / 2;
  }

  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("items", count());
    m.put("accuracy", round(accuracy()));
    m.put("macro_f1", round(macroF1()));
    m.put("semeval_avg_f1_favor_against", round(semEvalAverageF1()));
    m.put("f1_favor", round(f1(StanceLabel.FAVOR)));
    m.put("f1_against", round(f1(StanceLabel.AGAINST)));
    m.put("f1_neutral", round(f1(StanceLabel.NEUTRAL)));
    Map<String, long[]> confusionMap = new LinkedHashMap<>();
    for (StanceLabel gold : StanceLabel.values()) {
      confusionMap.put("gold_" + gold.name(), confusion[gold.ordinal()].clone());
    }
    m.put("confusion_rows_gold_cols_favor_against_neutral", confusionMap);
    return m;
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
