package io.stancelens.ingest;

import java.util.ArrayList;
import java.util.List;

/** What one input file yielded: articles and rejects; every record read lands in exactly one list. */
public record IngestResult(List<Article> articles, List<Reject> rejects) {

  public static IngestResult empty() {
    return new IngestResult(new ArrayList<>(), new ArrayList<>());
  }

  public static IngestResult of(Article article) {
    IngestResult result = empty();
    result.articles().add(article);
    return result;
  }

  public static IngestResult of(Reject reject) {
    IngestResult result = empty();
    result.rejects().add(reject);
    return result;
  }

  /** Records read from the input: the left side of the accounting identity. */
  public int records() {
    return articles.size() + rejects.size();
  }
}
