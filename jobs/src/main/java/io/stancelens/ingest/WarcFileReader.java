package io.stancelens.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * WARC and WARC.gz (as CC-NEWS publishes them), read record by record with jwarc: a response record with an
 * HTML payload is a page (its article, or a reject when none is left); every other record (warcinfo,
 * request, metadata, non-HTML payloads, HTTP errors) is a reject naming what it was. A file that ends
 * inside a record (a truncated download) gives a {@code truncated} reject after the records read before it.
 * The input reference of a record is {@code path#offset} (its byte offset, as WARC indexes cite records).
 */
final class WarcFileReader implements RecordReader {

  private final String path;
  private final IngestLimits limits;
  private final WarcReader reader;
  private int records;
  private long offset;
  private Ingested next;
  private boolean done;

  private WarcFileReader(String path, WarcReader reader, IngestLimits limits) {
    this.path = path;
    this.reader = reader;
    this.limits = limits;
  }

  static RecordReader open(String path, InputStream in, IngestLimits limits) {
    try {
      return new WarcFileReader(path, new WarcReader(in), limits);
    } catch (EOFException e) {
      close(in);
      return RecordReader.of(Ingested.of(Reject.ingest(path, null, "empty", "the file has no content")));
    } catch (IOException | RuntimeException e) {
      close(in);
      return RecordReader.of(Ingested.of(Reject.ingest(path, null, "malformed-warc",
          "not a WARC or WARC.gz file: " + e)));
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = readRecord();
    }
    return next != null;
  }

  @Override
  public Ingested next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Ingested out = next;
    next = null;
    return out;
  }

  private Ingested readRecord() {
    String ref = path + "#after-" + offset;
    try {
      Optional<WarcRecord> record = reader.next();
      if (record.isEmpty()) {
        done = true;
        return records == 0 ? Ingested.of(Reject.ingest(path, null, "empty", "the WARC has no records")) : null;
      }
      offset = reader.position(); // where the record just returned starts
      ref = path + "#" + offset;
      Ingested out = toIngested(ref, record.get());
      records++;
      return out;
    } catch (IOException | RuntimeException e) {
      done = true;
      String what = records == 0 ? "malformed-warc" : "truncated";
      if (e instanceof EOFException || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("eof")
          || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("end of")) {
        what = "truncated";
      }
      return Ingested.of(Reject.ingest(ref, null, what, String.format(
          "the file ends or breaks inside a record after %d complete records (last at byte %d): %s",
          records, offset, e)));
    }
  }

  private Ingested toIngested(String ref, WarcRecord record) throws IOException {
    String id = idOf(record);
    if (!(record instanceof WarcResponse response)) {
      return Ingested.of(Reject.ingest(ref, id, "warc-not-response",
          "a " + record.type() + " record, not a captured page"));
    }
    String url = response.target();
    if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
      return Ingested.of(Reject.ingest(ref, id, "truncated-record",
          "the crawler truncated this record (" + record.truncated() + "): " + url));
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      return Ingested.of(Reject.ingest(ref, id, "non-html", "payload is not an HTTP response: " + url));
    }
    MediaType type = http.contentType();
    String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
    if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
      return Ingested.of(Reject.ingest(ref, id, "non-html",
          "payload is " + (base.isEmpty() ? "of no stated type" : base) + ", not HTML: " + url));
    }
    if (http.status() != 200) {
      return Ingested.of(Reject.ingest(ref, id, "http-status", "HTTP " + http.status() + ": " + url));
    }
    byte[] body = BoundedBytes.read(http.bodyDecoded().stream(), limits.maxRecordBytes());
    if (body == null) {
      return Ingested.of(Reject.ingest(ref, id, "too-large", String.format(
          "page is larger than the %,d-byte record bound: %s", limits.maxRecordBytes(), url)));
    }
    String charset = type.parameters().get("charset");
    if (charset != null && !java.nio.charset.Charset.isSupported(charset)) {
      charset = null;
    }
    return HtmlFileReader.page(ref, id, body, charset, url, limits);
  }

  /** The record's WARC-Record-ID without its {@code urn:uuid:} prefix: unique per capture. */
  private static String idOf(WarcRecord record) {
    String id = record.id().toString();
    return id.startsWith("urn:uuid:") ? id.substring("urn:uuid:".length()) : id;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing more to do with a stream we could not read
    }
  }
}
