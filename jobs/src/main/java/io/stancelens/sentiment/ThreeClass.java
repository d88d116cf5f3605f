package io.stancelens.sentiment;

import java.util.Locale;

/** The VADER paper's three classes of a score on -1..1: positive at or above 0.05, negative at or below -0.05. */
public enum ThreeClass {
  NEGATIVE, NEUTRAL, POSITIVE;

  public static final double THRESHOLD = 0.05;

  public static ThreeClass of(double score) {
    if (score >= THRESHOLD) {
      return POSITIVE;
    }
    return score <= -THRESHOLD ? NEGATIVE : NEUTRAL;
  }

  public String tableName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
