package io.stancelens.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void aTokenWithoutAWordHasTheEmptyWordAndLemma() {
    CoreLabel node = new CoreLabel();
    node.setTag("X");
    assertEquals("", Tokens.word(node));
    assertEquals("", Tokens.lemma(node));
  }

  @Test
  void lemmaComesFromMorphologyWhenNotAnnotated() {
    CoreLabel token = new CoreLabel();
    token.setWord("Refused");
    token.setTag("VBD");
    assertEquals("refuse", Tokens.lemma(token));
  }
}
