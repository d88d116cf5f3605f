package io.stancelens.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Negation, refusal, restriction and support on real sentences of the seed article. */
class StanceFeaturesTest {

  static List<String> features(String fragment) {
    List<CoreMap> sentences = StanceFixtures.parse(StanceFixtures.seedLine(fragment));
    return StanceFeatures.of(StanceFixtures.sentenceContaining(sentences, fragment), StanceFixtures.ceasefire())
        .terms();
  }

  @Test
  void doesNotWantAnEndToTheFightingIsANegatedWantOfTheTarget() {
    List<String> f = features("Putin does not want an end to the fighting");
    assertTrue(f.contains("path_neg"), f.toString());
    assertTrue(f.contains("path_support"), f.toString());
    assertTrue(f.contains("dir:against"), f.toString());
    assertTrue(f.contains("pred:want"), f.toString());
    assertTrue(f.contains("b:want_<t>"), f.toString());
  }

  @Test
  void refusalIsOnThePathFromTheTarget() {
    List<CoreMap> s = StanceFixtures.parse("Putin declined to agree to a broader cease-fire.");
    List<String> f = StanceFeatures.of(s.get(0), StanceFixtures.ceasefire()).terms();
    assertTrue(f.contains("path_refuse"), f.toString());
    assertTrue(f.contains("dir:against"), f.toString());
    assertTrue(f.contains("t_full"), f.toString());
  }

  @Test
  void consentOnlyToAMoratoriumIsARestriction() {
    List<String> f = features("the most that Putin would consent to");
    assertTrue(f.contains("restrict_any"), f.toString());
    assertTrue(f.contains("b:push_for"), f.toString());
  }

  @Test
  void theRussiansRefusedHasNoMentionButARefusal() {
    List<String> f = features("In fact, the Russians refused.");
    assertTrue(f.contains("no_mention"), f.toString());
    assertTrue(f.contains("refuse_any"), f.toString());
  }

  @Test
  void authorClausesSplitOneSentenceIntoTwoActorsPositions() {
    String line = StanceFixtures.seedLine("pushing for a comprehensive");
    List<CoreMap> sentences = StanceFixtures.parse(line);
    List<StanceStatement> clauses = ActorClauseFinder.find(sentences, line, StanceFixtures.ceasefire(),
        ActorNames.of(StanceFixtures.parse(StanceFixtures.seedArticle())));
    assertEquals(2, clauses.size(), clauses.toString());
    StanceStatement us = clauses.stream().filter(c -> c.speaker().equals("United States")).findFirst().orElseThrow();
    StanceStatement putin = clauses.stream().filter(c -> c.speaker().equals("Vladimir Putin")).findFirst()
        .orElseThrow();
    assertEquals("The US had been pushing for a comprehensive 30-day ceasefire", line.substring(us.begin(), us.end()));
    String putinClause = line.substring(putin.begin(), putin.end());
    assertTrue(putinClause.startsWith("the most that Putin would consent to was a 30-day moratorium"), putinClause);
    assertFalse(putinClause.contains("pushing"), putinClause);
    assertEquals(StanceStatement.AUTHOR, us.kind());
  }
}
