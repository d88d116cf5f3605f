package io.stancelens.nlp;

import io.stancelens.ingest.Article;
import java.io.Serializable;
import java.util.List;

/** An article with everything the NLP stages found in it. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) implements Serializable {

  public int tokenCount() {
    return sentences.stream().mapToInt(Sentence::tokenCount).sum();
  }
}
