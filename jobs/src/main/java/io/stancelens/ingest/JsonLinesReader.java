package io.stancelens.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * JSON Lines, one line at a time: a line is one record (blank lines are not records). Each line is decoded
 * strictly as UTF-8 and parsed on its own, so one bad line is one reject and the others still count. A line
 * longer than {@link IngestLimits#maxRecordBytes()} is skipped without being held and rejected.
 */
final class JsonLinesReader implements RecordReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String path;
  private final InputStream in;
  private final IngestLimits limits;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private int lineNumber;
  private int records;
  private Ingested next;
  private boolean done;

  private JsonLinesReader(String path, InputStream in, IngestLimits limits) {
    this.path = path;
    this.in = in;
    this.limits = limits;
  }

  static RecordReader open(String path, InputStream raw, IngestLimits limits) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
    in.mark(8192);
    byte[] head = in.readNBytes(8192);
    in.reset();
    if (head.length == 0) {
      in.close();
      return RecordReader.of(Ingested.of(Reject.ingest(path, null, "empty", "the file has no content")));
    }
    if (TextDecoder.looksBinary(head)) {
      in.close();
      return RecordReader.of(Ingested.of(Reject.ingest(path, null, "binary",
          "content contains NUL or many control bytes: not a JSON Lines file")));
    }
    return new JsonLinesReader(path, in, limits);
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
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
    records++;
    return out;
  }

  /** The next record, or null for a blank line or the end (then {@code done}). */
  private Ingested readRecord() {
    line.reset();
    boolean tooLong = false;
    int b;
    try {
      while ((b = in.read()) != -1 && b != '\n') {
        if (line.size() <= limits.maxRecordBytes()) {
          line.write(b);
        } else {
          tooLong = true;
        }
      }
    } catch (IOException e) {
      done = true;
      return Ingested.of(Reject.ingest(path + ":" + (lineNumber + 1), null, "read-error",
          "reading stopped after line " + lineNumber + ": " + e));
    }
    if (b == -1) {
      done = true;
      if (line.size() == 0 && !tooLong) {
        return records == 0 ? Ingested.of(Reject.ingest(path, null, "blank",
            "the file has only blank lines: no JSON records")) : null;
      }
    }
    lineNumber++;
    String ref = path + ":" + lineNumber;
    if (tooLong) {
      return Ingested.of(Reject.ingest(ref, null, "too-large", String.format(
          "line is longer than the %,d-byte record bound", limits.maxRecordBytes())));
    }
    byte[] bytes = line.toByteArray();
    int start = lineNumber == 1 && bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Arrays.copyOfRange(bytes, start, bytes.length))).toString();
    } catch (CharacterCodingException e) {
      return Ingested.of(Reject.ingest(ref, null, "invalid-utf8", "line " + lineNumber
          + " is not valid UTF-8: " + e.getMessage()));
    }
    if (text.isBlank()) {
      return null;
    }
    return parseLine(ref, text);
  }

  static Ingested parseLine(String ref, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return Ingested.of(Reject.ingest(ref, null, "malformed-json",
          "not a JSON object: " + e.getOriginalMessage()));
    }
    if (node == null || !node.isObject()) {
      return Ingested.of(Reject.ingest(ref, null, "malformed-json", "line is JSON but not an object"));
    }
    JsonNode textNode = node.get("text");
    if (textNode != null && !textNode.isNull() && !textNode.isTextual()) {
      return Ingested.of(Reject.ingest(ref, textField(node, "id"), "missing-text", "'text' is not a string"));
    }
    return InputParser.fromFields(ref, textField(node, "id"), textNode == null ? null : textNode.asText(null),
        textField(node, "title"), textField(node, "source"), textField(node, "url"),
        textField(node, "published_at"));
  }

  private static String textField(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
