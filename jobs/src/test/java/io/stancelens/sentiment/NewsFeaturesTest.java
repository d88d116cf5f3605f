package io.stancelens.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NewsFeaturesTest {

  @Test
  void negationScopeRunsFromTheNegatorToThePunctuation() {
    NewsFeatures f = NewsFeatures.of("The plan is not good, but it is honest.");
    assertEquals(List.of("the", "plan", "is", "not", "not_good", "but", "it", "is", "honest"), f.terms());
    assertEquals(1.0, f.lexicon()[NewsFeatures.LEXICON_FEATURES.indexOf("negators")]);
  }

  @Test
  void aNegatedWordsValenceIsFlippedAndDamped() {
    VaderLexicon lexicon = VaderLexicon.get();
    assertTrue(lexicon.size() > 7000, "the VADER lexicon has ~7,500 entries");
    double good = lexicon.valence("good");
    assertTrue(good > 1, "VADER rates 'good' positive: " + good);
    double plain = NewsFeatures.of("It is good.").lexicon()[0];
    double negated = NewsFeatures.of("It isn't good.").lexicon()[0];
    assertEquals(good, plain, 1e-9);
    assertEquals(good * NewsFeatures.NEGATED_SCALAR, negated, 1e-9);
  }

  @Test
  void curlyApostrophesAndQuotesAreHandledLikeStraightOnes() {
    assertEquals(NewsFeatures.of("It isn't ''great.''").terms(), NewsFeatures.of("It isn’t ''great.''").terms());
  }

  @Test
  void vectorWordsKeepTheContentWordsAsWritten() {
    assertEquals(List.of("Kremlin", "rejected", "ceasefire", "proposal", "outright"),
        NewsFeatures.vectorWords("The Kremlin rejected the ceasefire proposal outright, didn't it?"));
  }

  @Test
  void wordVectorFeaturesAreAUnitMeanThatSeparatesPraiseFromCondemnation() {
    double[] praise = NewsFeatures.vectors("The new hospital is a wonderful gift, and its doctors deserve our thanks.");
    double[] praise2 = NewsFeatures.vectors("A welcome, hopeful and generous agreement that deserves praise.");
    double[] condemn = NewsFeatures.vectors("Missiles struck apartment buildings overnight, killing dozens of civilians.");
    assertEquals(io.stancelens.nlp.WordVectors.DIMENSIONS, praise.length);
    assertEquals(1.0, dot(praise, praise), 1e-9);
    assertTrue(dot(praise, praise2) > dot(praise, condemn) + 0.1,
        "praise~praise " + dot(praise, praise2) + " vs praise~condemnation " + dot(praise, condemn));
    // Stop words and punctuation do not move the mean; nothing known gives zeros.
    assertArrayEquals(NewsFeatures.vectors("hospital doctors"), NewsFeatures.vectors("The hospital, and the doctors!"),
        1e-12);
    assertEquals(0.0, dot(NewsFeatures.vectors("the of and ."), NewsFeatures.vectors("the of and .")));
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
