package io.stancelens.stance;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import java.util.Locale;

/** Lower-case word and lemma of a CoreNLP token (the lemma from CoreNLP's morphology when not annotated). */
final class Tokens {

  private Tokens() {}

  static String word(CoreLabel token) {
    return normalise(token.word());
  }

  static String lemma(CoreLabel token) {
    String lemma = token.get(CoreAnnotations.LemmaAnnotation.class);
    if (lemma == null) {
      String tag = token.tag();
      lemma = tag == null ? token.word() : Morphology.lemmaStatic(token.word(), tag);
      token.set(CoreAnnotations.LemmaAnnotation.class, lemma);
    }
    return normalise(lemma);
  }

  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
  }
}
