package io.stancelens.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void pearsonOfKnownSeries() {
    assertEquals(1.0, Metrics.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6}), 1e-12);
    assertEquals(-1.0, Metrics.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
    // numpy.corrcoef([1, 2, 3, 4], [1, 3, 2, 5])[0, 1]
    assertEquals(0.8315218406202999, Metrics.pearson(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 5}), 1e-12);
  }

  @Test
  void threeClassesUseTheVaderPaperThresholds() {
    assertEquals(ThreeClass.POSITIVE, ThreeClass.of(0.05));
    assertEquals(ThreeClass.NEUTRAL, ThreeClass.of(0.0499));
    assertEquals(ThreeClass.NEUTRAL, ThreeClass.of(-0.0499));
    assertEquals(ThreeClass.NEGATIVE, ThreeClass.of(-0.05));
  }

  @Test
  void weightedF1MatchesScikitLearn() {
    double[] gold = {-0.5, -0.5, 0.0, 0.5, 0.5, 0.5};
    double[] pred = {-0.5, 0.0, 0.0, 0.5, -0.5, 0.5};
    int[][] confusion = Metrics.confusion(gold, pred);
    assertArrayEquals(new int[] {1, 1, 0}, confusion[0]);
    assertArrayEquals(new int[] {0, 1, 0}, confusion[1]);
    assertArrayEquals(new int[] {1, 0, 2}, confusion[2]);
    // sklearn.metrics.f1_score([0,0,1,2,2,2], [0,1,1,2,0,2], average='weighted')
    assertEquals(0.6777777777777777, Metrics.weightedF1(confusion), 1e-12);
    assertEquals(4 / 6.0, Metrics.accuracy(confusion), 1e-12);
  }
}
