package io.stancelens.ingest;

/**
 * The checks every article passes after its reader made it, whatever the format: the length bound and the
 * language. An article that fails becomes a reject with the reason; a reject passes unchanged.
 */
public final class ArticleGate {

  private ArticleGate() {}

  public static Ingested check(Ingested record, IngestLimits limits) {
    if (!record.isArticle()) {
      return record;
    }
    Article a = record.article();
    int chars = a.text().length();
    if (chars > limits.maxDocumentChars()) {
      return Ingested.of(Reject.ingest(a.inputRef(), a.id(), "too-long", String.format(
          "article has %,d characters; the bound is %,d", chars, limits.maxDocumentChars())));
    }
    if (LanguageId.letters(a.text(), limits.minLanguageChars()) >= limits.minLanguageChars()) {
      LanguageId.Verdict verdict = LanguageId.detect(a.text());
      if (!verdict.english()) {
        return Ingested.of(Reject.ingest(a.inputRef(), a.id(), "non-english", String.format(
            "detected language %s (p=%.2f); the pipeline's models are English", verdict.language(),
            verdict.confidence())));
      }
    }
    return record;
  }
}
