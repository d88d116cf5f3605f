package io.stancelens.stance;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import java.util.Locale;

/**
 * Lower-case word and lemma of a CoreNLP token (the lemma from CoreNLP's morphology when not annotated). A
 * token without a word (a node CoreNLP adds to the flat tree of a sentence past the parser's bound) has the
 * empty word and lemma.
 */
final class Tokens {

  private Tokens() {}

  static String word(CoreLabel token) {
    return normalise(token.word());
  }

  static String lemma(CoreLabel token) {
    String lemma = token.get(CoreAnnotations.LemmaAnnotation.class);
    if (lemma == null && token.word() == null) {
      return "";
    }
    if (lemma == null) {
      String tag = token.tag();
      lemma = tag == null ? token.word() : Morphology.lemmaStatic(token.word(), tag);
      token.set(CoreAnnotations.LemmaAnnotation.class, lemma);
    }
    return normalise(lemma);
  }

  private static String normalise(String s) {
    if (s == null) {
      return "";
    }
    return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
  }
}
