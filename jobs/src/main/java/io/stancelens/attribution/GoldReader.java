package io.stancelens.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads attribution gold: a folder of {@code name.txt} + {@code name.quotes.tsv} (the seed format), or
 * PolNeAR JSON Lines (one article per line with {@code text} and {@code attributions}).
 */
final class GoldReader {

  /** One article's text and gold statements. */
  record GoldArticle(String id, String text, List<GoldStatement> statements) {}

  private GoldReader() {}

  static List<GoldArticle> read(Path gold) {
    if (Files.isDirectory(gold)) {
      return seedFolder(gold);
    }
    if (gold.toString().endsWith(".jsonl")) {
      return polnear(gold);
    }
    throw new IllegalArgumentException("--gold must be a folder of name.txt + name.quotes.tsv or a PolNeAR"
        + " .jsonl file: " + gold);
  }

  static List<GoldArticle> seedFolder(Path dir) {
    List<GoldArticle> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path tsv : files.filter(p -> p.getFileName().toString().endsWith(".quotes.tsv")).sorted().toList()) {
        String name = tsv.getFileName().toString().replaceFirst("\\.quotes\\.tsv$", "");
        Path txt = dir.resolve(name + ".txt");
        if (!Files.exists(txt)) {
          throw new IllegalArgumentException("gold " + tsv + " has no text " + txt);
        }
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        out.add(new GoldArticle(name, text, seedRows(text, Files.readAllLines(tsv, StandardCharsets.UTF_8), tsv)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no *.quotes.tsv in " + dir);
    }
    return out;
  }

  /**
   * Seed rows name the first words of the content. A direct quote's span runs to its closing quotation
   * mark (or the paragraph's end); a reported one's to the end of its sentence or the next quotation mark.
   */
  static List<GoldStatement> seedRows(String text, List<String> lines, Path source) {
    List<GoldStatement> out = new ArrayList<>();
    boolean header = true;
    int row = 0;
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 5) {
        throw new IllegalArgumentException(source + ": expected 5 columns: " + line);
      }
      int begin = text.indexOf(f[0]);
      if (begin < 0) {
        throw new IllegalArgumentException(source + ": quote_start not found in the text: " + f[0]);
      }
      int end = spanEnd(text, begin, f[1]);
      String cue = f[4].startsWith("(") ? null : f[4];
      out.add(new GoldStatement("row" + (++row), begin, end, f[1], f[2], f[3], -1, -1, cue, -1, -1));
    }
    return out;
  }

  private static int spanEnd(String text, int begin, String kind) {
    int lineEnd = text.indexOf('\n', begin);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    int end = lineEnd;
    for (int i = begin; i < lineEnd; i++) {
      char c = text.charAt(i);
      if (c == '”' || c == '"' || (kind.equals("reported") && c == '“')) {
        end = i;
        break;
      }
      if (kind.equals("reported") && (c == '.' || c == '?' || c == '!') && i + 1 < lineEnd
          && text.charAt(i + 1) == ' ') {
        end = i;
        break;
      }
    }
    return end;
  }

  static List<GoldArticle> polnear(Path jsonl) {
    ObjectMapper json = new ObjectMapper();
    List<GoldArticle> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode a = json.readTree(line);
        List<GoldStatement> statements = new ArrayList<>();
        for (JsonNode at : a.get("attributions")) {
          String quoteType = at.path("quote_type").asText(null);
          boolean hasSource = !at.path("source_start").isNull() && at.has("source_start");
          statements.add(new GoldStatement(at.get("id").asText(), at.get("content_start").asInt(),
              at.get("content_end").asInt(), "direct".equals(quoteType) ? Statement.DIRECT : Statement.REPORTED,
              hasSource ? at.path("source").asText() : null, null,
              hasSource ? at.get("source_start").asInt() : -1, hasSource ? at.get("source_end").asInt() : -1,
              at.path("cue").isNull() ? null : at.path("cue").asText(null),
              at.path("cue_start").isNull() ? -1 : at.path("cue_start").asInt(-1),
              at.path("cue_end").isNull() ? -1 : at.path("cue_end").asInt(-1)));
        }
        out.add(new GoldArticle(a.get("doc_id").asText(), a.get("text").asText(), statements));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jsonl, e);
    }
    return out;
  }
}
