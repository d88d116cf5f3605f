package io.stancelens.ingest;

import java.io.Serializable;

/**
 * The bounds that keep one bad document from costing the run its memory or its time.
 *
 * @param maxDocumentChars an article longer than this (characters of clean text) is rejected as
 *                         {@code too-long}: news articles are 1-60k characters; 200k leaves room for long
 *                         reads while keeping CoreNLP's per-document memory and time bounded
 * @param maxRecordBytes   raw bytes read for one record (a JSON line, an HTML page, a WARC payload);
 *                         a bigger record is skipped unread and rejected as {@code too-large}
 * @param minLanguageChars letters needed before the language is judged; shorter texts are taken as English
 */
public record IngestLimits(int maxDocumentChars, int maxRecordBytes, int minLanguageChars)
    implements Serializable {

  public static final IngestLimits DEFAULT = new IngestLimits(200_000, 8 * 1024 * 1024, 40);

  public IngestLimits {
    if (maxDocumentChars <= 0 || maxRecordBytes <= 0 || minLanguageChars < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** Bytes a plain-text file may have: UTF-8 takes at most 4 bytes a character. */
  public long maxTextFileBytes() {
    return Math.min(4L * maxDocumentChars, maxRecordBytes);
  }
}
