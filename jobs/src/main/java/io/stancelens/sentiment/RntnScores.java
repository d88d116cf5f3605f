package io.stancelens.sentiment;

import io.stancelens.ingest.Article;
import io.stancelens.nlp.AnnotatedArticle;
import io.stancelens.nlp.ArticleAnnotator;
import io.stancelens.nlp.Sentence;

/**
 * The RNTN's class probabilities for a snippet of one or more sentences, from the run's own pipeline
 * ({@link ArticleAnnotator#shared()}): the sentences' root probabilities averaged with their token counts as
 * weights. A one-sentence snippet gets exactly what the {@code sentences} table would hold for it.
 */
public final class RntnScores {

  private RntnScores() {}

  public static double[] probs(String id, String text) {
    AnnotatedArticle annotated = ArticleAnnotator.shared().annotate(Article.of(id, text));
    double[] probs = new double[SentimentLabel.values().length];
    int tokens = 0;
    for (Sentence s : annotated.sentences()) {
      for (int k = 0; k < probs.length; k++) {
        probs[k] += s.probs()[k] * s.tokenCount();
      }
      tokens += s.tokenCount();
    }
    if (tokens == 0) {
      throw new IllegalArgumentException("no tokens in item " + id);
    }
    for (int k = 0; k < probs.length; k++) {
      probs[k] /= tokens;
    }
    return probs;
  }
}
