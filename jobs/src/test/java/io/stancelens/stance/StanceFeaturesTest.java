package io.stancelens.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    assertTrue(f.contains("ceasefire|b:want_<t>"), f.toString());
  }

  @Test
  void wordVectorBlocksAreTheSpanTheMentionsContextAndItsDependencyPath() {
    List<CoreMap> s = StanceFixtures.parse("Experts said claims of global warming have been greatly exaggerated by "
        + "lobbyists.");
    StanceTarget target = StanceFixtures.globalWarming();
    StanceFeatures.Extracted with = StanceFeatures.of(s.get(0), target, 0, s.get(0).get(
        edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size(), true);
    StanceFeatures.Extracted without = StanceFeatures.of(s.get(0), target);
    assertEquals(without.terms(), with.terms(), "the vectors add to the features, they change none");
    assertEquals(null, without.vectors());
    double[] v = with.vectors();
    assertEquals(StanceFeatures.VECTOR_SIZE, v.length);
    int d = io.stancelens.nlp.WordVectors.DIMENSIONS;
    io.stancelens.nlp.WordVectors wv = io.stancelens.nlp.WordVectors.get();
    // Content words outside the mention "global warming" (no "of", "by", punctuation).
    assertArrayEquals(wv.meanUnit(List.of("Experts", "said", "claims", "have", "been", "greatly", "exaggerated",
        "lobbyists")), java.util.Arrays.copyOfRange(v, 0, d), 1e-12);
    // Within 4 tokens of the mention: "Experts said claims of [global warming] have been greatly exaggerated".
    assertArrayEquals(wv.meanUnit(List.of("Experts", "said", "claims", "have", "been", "greatly", "exaggerated")),
        java.util.Arrays.copyOfRange(v, d, 2 * d), 1e-12);
    // Up the dependency path from "warming": claims -> exaggerated (-> said, the root).
    double[] path = java.util.Arrays.copyOfRange(v, 2 * d, 3 * d);
    assertArrayEquals(wv.meanUnit(List.of("claims", "exaggerated", "said")), path, 1e-12,
        "path block of " + s.get(0).get(edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations
            .BasicDependenciesAnnotation.class));
    // The mention's own words, then the element-wise maximum over the span's content words.
    assertArrayEquals(wv.meanUnit(List.of("global", "warming")), java.util.Arrays.copyOfRange(v, 3 * d, 4 * d), 1e-12);
    double[] max = new double[d];
    java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
    for (String w : List.of("Experts", "said", "claims", "have", "been", "greatly", "exaggerated", "lobbyists")) {
      for (int i = 0; i < d; i++) {
        max[i] = Math.max(max[i], wv.vector(w)[i]);
      }
    }
    double norm = Math.sqrt(java.util.Arrays.stream(max).map(x -> x * x).sum());
    for (int i = 0; i < d; i++) {
      max[i] /= norm;
    }
    assertArrayEquals(max, java.util.Arrays.copyOfRange(v, 4 * d, 5 * d), 1e-12);
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
    assertTrue(f.contains("ceasefire|b:push_for"), f.toString());
    // Two mentions, two directions: the push for a full ceasefire, the restricted consent to a moratorium.
    assertTrue(f.contains("dir:favor"), f.toString());
    assertTrue(f.contains("dir:against"), f.toString());
  }

  @Test
  void agreeingOnlyToAPartialTruceLimitsIt() {
    List<String> limited = StanceFeatures.of(StanceFixtures.parse("Russia agreed only to a partial truce.").get(0),
        StanceFixtures.ceasefire()).terms();
    assertTrue(limited.contains("dir:against"), limited.toString());
    List<String> plain = StanceFeatures.of(StanceFixtures.parse("Russia agreed to a truce.").get(0),
        StanceFixtures.ceasefire()).terms();
    assertTrue(plain.contains("dir:favor"), plain.toString());
  }

  @Test
  void nGramsBelongToTheirTargetAndGenericFeaturesWeighMore() {
    List<CoreMap> s = StanceFixtures.parse("Putin declined to agree to a broader cease-fire.");
    List<String> f = StanceFeatures.of(s.get(0), StanceFixtures.ceasefire()).terms();
    assertTrue(f.contains("ceasefire|u:decline"), f.toString());
    assertFalse(f.contains("u:decline"), f.toString());
    List<String> counted = StanceFeatures.modelTerms(List.of("ceasefire|u:decline", "path_refuse"));
    assertEquals(1, counted.stream().filter("ceasefire|u:decline"::equals).count());
    assertEquals(StanceFeatures.GENERIC_WEIGHT, counted.stream().filter("path_refuse"::equals).count());
    assertTrue(StanceFeatures.GENERIC_WEIGHT > 1);
  }

  @Test
  void newsMtscItemsAreRelativeToThePersonMentionInTheirOwnNamespace(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mtsc.jsonl");
    Files.writeString(file, "{\"primary_gid\": \"x\", \"sentence_normalized\": \"Critics attacked Smith for "
        + "his remarks.\", \"targets\": [{\"from\": 17, \"to\": 22, \"mention\": \"Smith\", \"polarity\": 2.0, "
        + "\"further_mentions\": [{\"from\": 27, \"to\": 30, \"mention\": \"his\"}]}]}\n");
    List<NewsMtscCorpus.Item> items = NewsMtscCorpus.read(file, 0);
    assertEquals(1, items.size());
    assertEquals(StanceLabel.AGAINST, items.get(0).label());
    StanceFeatures.Extracted f = NewsMtscCorpus.features(StanceFixtures.parse(items.get(0).sentence()), items.get(0));
    assertEquals(2, f.mentions().size(), f.terms().toString());
    assertTrue(f.terms().contains("gov:attack"), f.terms().toString());
    assertTrue(f.terms().contains(NewsMtscCorpus.NAMESPACE + "|b:attack_<t>"), f.terms().toString());
    Files.writeString(file, "{\"sentence_normalized\": 3}\n");
    assertThrows(IllegalArgumentException.class, () -> NewsMtscCorpus.read(file, 0));
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
