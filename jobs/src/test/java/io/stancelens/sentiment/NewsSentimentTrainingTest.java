package io.stancelens.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The classifier clamp keeps the ±0.05 rule on the score equal to the classifier's label. */
class NewsSentimentTrainingTest {

  @Test
  void theClampMovesAScoreIntoItsClassBandAndLeavesAgreeingScoresAlone() {
    for (double score : new double[] {-0.8, -0.05, -0.02, 0.0, 0.03, 0.05, 0.6}) {
      for (ThreeClass c : ThreeClass.values()) {
        double clamped = NewsSentimentTraining.clamp(score, c.ordinal());
        assertEquals(c, ThreeClass.of(clamped), score + " as " + c);
        if (ThreeClass.of(score) == c) {
          assertEquals(score, clamped, 0.0, "agreeing score " + score + " unchanged");
        }
      }
    }
    assertEquals(0.05, NewsSentimentTraining.clamp(-0.3, ThreeClass.POSITIVE.ordinal()));
    assertEquals(NewsSentimentTraining.NEUTRAL_BOUND, NewsSentimentTraining.clamp(0.4, ThreeClass.NEUTRAL.ordinal()));
  }
}
