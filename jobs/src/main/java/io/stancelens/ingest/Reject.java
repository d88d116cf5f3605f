package io.stancelens.ingest;

import java.io.Serializable;
import java.util.Objects;

/**
 * An input record that did not become an article, or an article a later stage could not process.
 *
 * @param inputRef  where it came from: a path, or {@code path:line}
 * @param articleId the article id when one was known, else null
 * @param stage     the stage that rejected it ({@code ingest}, {@code annotate})
 * @param reason    a short machine-groupable reason, e.g. {@code empty}, {@code binary}, {@code malformed-json}
 * @param detail    a human-readable explanation
 */
public record Reject(String inputRef, String articleId, String stage, String reason, String detail)
    implements Serializable {

  public static final String INGEST = "ingest";
  public static final String ANNOTATE = "annotate";

  public Reject {
    Objects.requireNonNull(inputRef, "inputRef");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
  }

  static Reject ingest(String inputRef, String articleId, String reason, String detail) {
    return new Reject(inputRef, articleId, INGEST, reason, detail);
  }
}
