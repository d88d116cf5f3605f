package io.stancelens.ingest;

import java.util.Locale;

/** The input formats the readers know, recognised from the file name. */
public enum InputFormat {
  /** One article per file; the id is the file name without its extension. */
  TEXT,
  /** One JSON object per line: {@code id}, {@code text}, optional {@code title, source, url, published_at}. */
  JSON_LINES,
  /** Anything else: every such file becomes a reject, never silently skipped. */
  UNKNOWN;

  public static InputFormat fromFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt") || lower.endsWith(".text")) {
      return TEXT;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
      return JSON_LINES;
    }
    return UNKNOWN;
  }
}
