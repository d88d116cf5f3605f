package io.stancelens.sentiment;

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
}
