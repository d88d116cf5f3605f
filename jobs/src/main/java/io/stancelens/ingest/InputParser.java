package io.stancelens.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.NoSuchElementException;

/**
 * Turns one input file into articles and rejects. The only class (with its readers in this package) that
 * knows file formats; plain Java, no Spark. Every record a reader meets comes out as exactly one
 * {@link Ingested}, and every article passes {@link ArticleGate} (length bound, language).
 *
 * <p>Parquet is the exception to "one file, one stream": Spark reads it (RunJob), and each row goes through
 * {@link #fromFields} and the gate, the same rules as a JSON line.
 */
public final class InputParser {

  private InputParser() {}

  /**
   * Opens a reader over one file's records. The stream is closed when the reader is.
   *
   * @param path   the file's path or URI: the input reference, and the article id for one-article files
   * @param in     the file's content
   * @param length the file's length in bytes (from the listing), or -1 when unknown
   * @param given  the format from {@code --format}, or null to recognise it from the name
   */
  public static RecordReader open(String path, InputStream in, long length, InputFormat given,
                                  IngestLimits limits) {
    String name = fileName(path);
    InputFormat format = InputFormat.of(name, given);
    RecordReader reader;
    try {
      reader = switch (format) {
        case TEXT -> RecordReader.of(readText(path, name, in, length, limits));
        case JSON_LINES -> JsonLinesReader.open(path, in, limits);
        case HTML -> RecordReader.of(HtmlFileReader.read(path, stripExtension(name), in, limits));
        case WARC -> WarcFileReader.open(path, in, limits);
        case PARQUET -> RecordReader.of(Ingested.of(Reject.ingest(path, null, "unsupported-format",
            "Parquet is read by the Spark job, not by the file readers")));
        case UNKNOWN -> RecordReader.of(Ingested.of(Reject.ingest(path, null, "unsupported-format",
            "file extension not recognised (expected .txt, .jsonl, .parquet, .html, .warc or .warc.gz,"
                + " or give --format): " + name)));
      };
    } catch (IOException e) {
      closeQuietly(in);
      reader = RecordReader.of(Ingested.of(Reject.ingest(path, null, "read-error", "cannot read: " + e)));
    }
    if (format != InputFormat.JSON_LINES && format != InputFormat.WARC) {
      closeQuietly(in); // one-record readers are done with the stream; streaming ones close it themselves
    }
    return gated(reader, limits);
  }

  /** All of a file's records at once: for tests and small inputs. */
  public static IngestResult parse(String path, byte[] content) {
    return parse(path, content, null, IngestLimits.DEFAULT);
  }

  public static IngestResult parse(String path, byte[] content, InputFormat given, IngestLimits limits) {
    IngestResult result = IngestResult.empty();
    try (RecordReader reader = open(path, new ByteArrayInputStream(content), content.length, given, limits)) {
      while (reader.hasNext()) {
        Ingested record = reader.next();
        if (record.isArticle()) {
          result.articles().add(record.article());
        } else {
          result.rejects().add(record.reject());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }

  static Ingested readText(String path, String name, InputStream in, long length, IngestLimits limits)
      throws IOException {
    String id = stripExtension(name);
    long maxBytes = limits.maxTextFileBytes();
    byte[] content = length > maxBytes ? null : BoundedBytes.read(in, maxBytes);
    if (content == null) {
      return Ingested.of(Reject.ingest(path, id, "too-long", String.format(
          "file has %s bytes, more than the %,d characters an article may have (%,d bytes at most)",
          length >= 0 ? String.format("%,d", length) : "over " + maxBytes, limits.maxDocumentChars(),
          maxBytes)));
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(content);
    if (decoded.text() == null) {
      return Ingested.of(Reject.ingest(path, id, decoded.reason(), decoded.detail()));
    }
    if (decoded.text().isBlank()) {
      return Ingested.of(Reject.ingest(path, id, "blank", "the text is only whitespace"));
    }
    return Ingested.of(new Article(id, null, null, null, null, decoded.text(), path));
  }

  /**
   * One record given as fields (a JSON line, a Parquet row): the same rules for every such format. Not yet
   * gated: callers pass the result through {@link ArticleGate#check}.
   */
  public static Ingested fromFields(String ref, String id, String text, String title, String source,
                                    String url, String published) {
    if (id == null || id.isBlank()) {
      return Ingested.of(Reject.ingest(ref, null, "missing-id", "record has no non-empty 'id'"));
    }
    if (text == null) {
      return Ingested.of(Reject.ingest(ref, id, "missing-text", "record has no 'text'"));
    }
    if (text.isBlank()) {
      return Ingested.of(Reject.ingest(ref, id, "blank", "'text' is empty or only whitespace"));
    }
    Instant publishedAt = null;
    if (published != null && !published.isBlank()) {
      publishedAt = parseInstant(published);
      if (publishedAt == null) {
        return Ingested.of(Reject.ingest(ref, id, "bad-published-at",
            "'published_at' is not an ISO-8601 date or date-time: " + published));
      }
    }
    return Ingested.of(new Article(id, title, source, url, publishedAt, text, ref));
  }

  /** ISO-8601 instant, offset date-time, or plain date (taken as UTC midnight); null when none fits. */
  static Instant parseInstant(String value) {
    String v = value.trim();
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      return null;
    }
  }

  private static RecordReader gated(RecordReader reader, IngestLimits limits) {
    return new RecordReader() {
      @Override
      public boolean hasNext() {
        return reader.hasNext();
      }

      @Override
      public Ingested next() {
        if (!reader.hasNext()) {
          throw new NoSuchElementException();
        }
        return ArticleGate.check(reader.next(), limits);
      }

      @Override
      public void close() throws IOException {
        reader.close();
      }
    };
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the content has been read; a failing close changes nothing
    }
  }

  /** The last segment of a path or URI: what format recognition looks at. */
  public static String fileNameOf(String path) {
    return fileName(path);
  }

  static String fileName(String path) {
    String p = path;
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.substring(p.lastIndexOf('/') + 1);
  }

  static String stripExtension(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".warc.gz")) {
      return name.substring(0, name.length() - ".warc.gz".length());
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
