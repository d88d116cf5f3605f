package io.stancelens.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceTargetTest {

  static List<String> mentionTexts(StanceTarget target, CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<String> out = new ArrayList<>();
    for (int[] m : target.mentions(tokens)) {
      List<String> words = new ArrayList<>();
      for (int i = m[0]; i < m[1]; i++) {
        words.add(tokens.get(i).word());
      }
      out.add(String.join(" ", words));
    }
    return out;
  }

  @Test
  void ceasefireTargetFindsFullAndPartialCeasefiresInTheSeed() {
    StanceTarget target = StanceFixtures.ceasefire();
    assertEquals("ceasefire", target.name());
    assertTrue(target.description().contains("Russia-Ukraine"));
    List<CoreMap> zelensky = StanceFixtures.parse(StanceFixtures.seedLine("silence in the sky and at sea"));
    assertEquals(List.of("silence in the sky and at sea"),
        mentionTexts(target, StanceFixtures.sentenceContaining(zelensky, "silence")));
    assertEquals(List.of("ceasefire"),
        mentionTexts(target, StanceFixtures.sentenceContaining(zelensky, "Americans offered")));
    List<CoreMap> us = StanceFixtures.parse(StanceFixtures.seedLine("pushing for a comprehensive"));
    assertEquals(List.of("ceasefire", "moratorium"), mentionTexts(target, us.get(0)));
    List<CoreMap> prokopiev = StanceFixtures.parse(StanceFixtures.seedLine("does not want an end to the fighting"));
    assertEquals(List.of("end to the fighting"),
        mentionTexts(target, StanceFixtures.sentenceContaining(prokopiev, "does not want")));
    // Matching on lemmas: a plural and a hyphenated spelling.
    List<CoreMap> made = StanceFixtures.parse("Kyiv proposed truces and a cease-fire, then a halt to strikes.");
    List<String> made1 = mentionTexts(target, made.get(0));
    assertEquals(3, made1.size(), made1.toString());
    assertEquals("truces", made1.get(0));
    assertEquals("cease-fire", made1.get(1).replace(" ", ""));
    assertEquals("halt to strikes", made1.get(2));
    // The heading about a phone call does not mention it.
    assertTrue(mentionTexts(target, StanceFixtures.parse("Oil War").get(0)).isEmpty());
  }

  @Test
  void globalWarmingTargetWorksWithoutCodeChange() {
    StanceTarget target = StanceFixtures.globalWarming();
    assertEquals("global-warming", target.name());
    List<CoreMap> s = StanceFixtures.parse("Claims of global warming have been greatly exaggerated.");
    assertEquals(List.of("global warming"), mentionTexts(target, s.get(0)));
    StanceFeatures.Extracted f = StanceFeatures.of(s.get(0), target);
    assertTrue(f.relevant());
    assertTrue(f.terms().contains("global-warming|u:" + StanceFeatures.MASK), f.terms().toString());
    assertTrue(f.terms().contains("gov:claim"), f.terms().toString());
  }

  @Test
  void aTargetFileNamesItsModelAndATargetWithoutOneUsesTheGenericModel(@TempDir Path dir) throws IOException {
    assertEquals("models/stance/global-warming-lr", StanceFixtures.globalWarming().model());
    assertTrue(StanceDefaults.modelFor(StanceFixtures.globalWarming()).endsWith("models/stance/global-warming-lr"));
    assertEquals(null, StanceFixtures.ceasefire().model());
    assertEquals(StanceDefaults.modelDir(), StanceDefaults.modelFor(StanceFixtures.ceasefire()));
    Path file = dir.resolve("new.properties");
    Files.writeString(file, "name=new\ndescription=a new target\nlemmas=tariff\nmodel=  \n");
    assertEquals(null, StanceTarget.load(file).model(), "a blank model= is the generic model");
  }

  @Test
  void aTargetFileWithoutTermsIsAClearError(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("empty.properties");
    Files.writeString(file, "name=empty\ndescription=nothing\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StanceTarget.load(file));
    assertTrue(e.getMessage().contains("no terms"), e.getMessage());
    Files.writeString(file, "terms=x\n");
    e = assertThrows(IllegalArgumentException.class, () -> StanceTarget.load(file));
    assertTrue(e.getMessage().contains("'name'"), e.getMessage());
  }
}
