package io.stancelens.sentiment;

import io.stancelens.ingest.Article;
import io.stancelens.nlp.AnnotatedArticle;
import io.stancelens.nlp.ArticleAnnotator;
import io.stancelens.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The RNTN's class probabilities for a snippet of one or more sentences, from the run's own pipeline
 * ({@link ArticleAnnotator#shared()}): the sentences' root probabilities averaged with their token counts as
 * weights. A one-sentence snippet gets exactly what the {@code sentences} table would hold for it.
 */
public final class RntnScores {

  /**
   * One snippet's RNTN output.
   *
   * @param probs the root class probabilities, token-weighted over the sentences
   * @param nodes the {@link RntnNodes#stats} sums pooled over the sentences
   */
  public record Snippet(double[] probs, double[] nodes) {}

  private RntnScores() {}

  public static Snippet of(String id, String text) {
    AnnotatedArticle annotated = ArticleAnnotator.shared().annotate(Article.of(id, text));
    double[] probs = new double[SentimentLabel.values().length];
    int tokens = 0;
    List<double[]> nodes = new ArrayList<>();
    for (Sentence s : annotated.sentences()) {
      nodes.add(s.rntnNodes());
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
    return new Snippet(probs, RntnNodes.pool(nodes));
  }
}
