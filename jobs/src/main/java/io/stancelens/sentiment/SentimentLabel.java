package io.stancelens.sentiment;

import java.util.Locale;

/** CoreNLP's five sentiment classes, in the RNTN's class order 0..4. */
public enum SentimentLabel {
  VERY_NEGATIVE, NEGATIVE, NEUTRAL, POSITIVE, VERY_POSITIVE;

  /** The name written to the tables: {@code very_negative} .. {@code very_positive}. */
  public String tableName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SentimentLabel ofClass(int rntnClass) {
    return values()[rntnClass];
  }

  /** The most probable class; ties go to the lower class index, as CoreNLP's argmax does. */
  public static SentimentLabel argmax(double[] probs) {
    int best = 0;
    for (int i = 1; i < probs.length; i++) {
      if (probs[i] > probs[best]) {
        best = i;
      }
    }
    return ofClass(best);
  }

  /** Expected value of the class on -1..1 (very_negative = -1, neutral = 0, very_positive = 1). */
  public static double expectedScore(double[] probs) {
    double score = 0;
    for (int i = 0; i < probs.length; i++) {
      score += probs[i] * (i - 2) / 2.0;
    }
    return score;
  }
}
