package io.stancelens.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Turns the bytes of one input file into articles and rejects. The only class that knows file formats;
 * plain Java, no Spark.
 */
public final class InputParser {

  private static final ObjectMapper JSON = new ObjectMapper();

  private InputParser() {}

  /**
   * @param path    the file's path or URI, used as the input reference and for the article id
   * @param content the file's bytes
   */
  public static IngestResult parse(String path, byte[] content) {
    String name = fileName(path);
    return switch (InputFormat.fromFileName(name)) {
      case TEXT -> parseText(path, name, content);
      case JSON_LINES -> parseJsonLines(path, content);
      case UNKNOWN -> IngestResult.of(Reject.ingest(path, null, "unsupported-format",
          "file extension not recognised (expected .txt or .jsonl): " + name));
    };
  }

  static IngestResult parseText(String path, String name, byte[] content) {
    String id = stripExtension(name);
    TextDecoder.Decoded decoded = TextDecoder.decode(content);
    if (decoded.text() == null) {
      return IngestResult.of(Reject.ingest(path, id, decoded.reason(), decoded.detail()));
    }
    if (decoded.text().isBlank()) {
      return IngestResult.of(Reject.ingest(path, id, "blank", "the text is only whitespace"));
    }
    return IngestResult.of(new Article(id, null, null, null, null, decoded.text(), path));
  }

  static IngestResult parseJsonLines(String path, byte[] content) {
    TextDecoder.Decoded decoded = TextDecoder.decode(content);
    if (decoded.text() == null) {
      return IngestResult.of(Reject.ingest(path, null, decoded.reason(), decoded.detail()));
    }
    IngestResult result = IngestResult.empty();
    String[] lines = decoded.text().split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue; // blank lines separate nothing in JSON Lines: not a record
      }
      String ref = path + ":" + (i + 1);
      try {
        Object parsed = parseJsonLine(ref, line);
        if (parsed instanceof Article article) {
          result.articles().add(article);
        } else {
          result.rejects().add((Reject) parsed);
        }
      } catch (JsonProcessingException e) {
        result.rejects().add(Reject.ingest(ref, null, "malformed-json",
            "line " + (i + 1) + " is not a JSON object: " + e.getOriginalMessage()));
      }
    }
    return result;
  }

  private static Object parseJsonLine(String ref, String line) throws JsonProcessingException {
    JsonNode node = JSON.readTree(line);
    if (node == null || !node.isObject()) {
      return Reject.ingest(ref, null, "malformed-json", "line is JSON but not an object");
    }
    String id = textField(node, "id");
    if (id == null || id.isBlank()) {
      return Reject.ingest(ref, null, "missing-id", "JSON object has no non-empty 'id'");
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull()) {
      return Reject.ingest(ref, id, "missing-text", "JSON object has no 'text'");
    }
    if (!textNode.isTextual()) {
      return Reject.ingest(ref, id, "missing-text", "'text' is not a string");
    }
    String text = textNode.asText();
    if (text.isBlank()) {
      return Reject.ingest(ref, id, "blank", "'text' is empty or only whitespace");
    }
    String published = textField(node, "published_at");
    Instant publishedAt = null;
    if (published != null && !published.isBlank()) {
      publishedAt = parseInstant(published);
      if (publishedAt == null) {
        return Reject.ingest(ref, id, "bad-published-at",
            "'published_at' is not an ISO-8601 date or date-time: " + published);
      }
    }
    return new Article(id, textField(node, "title"), textField(node, "source"), textField(node, "url"),
        publishedAt, text, ref);
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

  private static String textField(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  static String fileName(String path) {
    String p = path;
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.substring(p.lastIndexOf('/') + 1);
  }

  static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
