package io.stancelens.nlp;

import io.stancelens.attribution.Statement;
import io.stancelens.ingest.Article;
import java.io.Serializable;
import java.util.List;

/** An article with everything the NLP stages found in it: sentences and statements (quotes, reported speech). */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<Statement> statements)
    implements Serializable {

  public AnnotatedArticle(Article article, List<Sentence> sentences) {
    this(article, sentences, List.of());
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(Sentence::tokenCount).sum();
  }
}
