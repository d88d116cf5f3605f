package io.stancelens.ingest;

import java.io.Serializable;

/**
 * One record read from the input: exactly one of {@code article} and {@code reject} is set. Every record a
 * reader meets becomes one of these, so the accounting identity holds per file.
 */
public record Ingested(Article article, Reject reject) implements Serializable {

  public Ingested {
    if ((article == null) == (reject == null)) {
      throw new IllegalArgumentException("exactly one of article and reject must be set");
    }
  }

  public static Ingested of(Article article) {
    return new Ingested(article, null);
  }

  public static Ingested of(Reject reject) {
    return new Ingested(null, reject);
  }

  public boolean isArticle() {
    return article != null;
  }
}
