package io.stancelens.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Real news articles for multi-date and cluster tests: the short articles (500-1,600 characters) of the
 * shared PolNeAR dev split ({@code ../shared/corpus/polnear/polnear.dev.jsonl}), in the job's JSON Lines
 * input format (id, title, source = publisher, published_at, text). Sorted by doc_id, so the list is stable.
 */
public final class NightlyInputs {

  private static final ObjectMapper JSON = new ObjectMapper();

  private NightlyInputs() {}

  /** The short PolNeAR dev articles as input records (8 of them). */
  public static List<ObjectNode> shortArticles() {
    Path file = SharedSpark.sharedCorpus().resolve("polnear/polnear.dev.jsonl");
    List<ObjectNode> articles = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode doc = JSON.readTree(line);
        String text = doc.get("text").asText();
        if (text.length() < 500 || text.length() > 1600) {
          continue;
        }
        ObjectNode article = JSON.createObjectNode();
        article.put("id", doc.get("doc_id").asText());
        article.put("title", doc.get("title").asText());
        article.put("source", doc.get("publisher").asText());
        article.put("published_at", doc.get("publication_date").asText());
        article.put("text", text);
        articles.add(article);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " (the shared corpus beside the checkout)", e);
    }
    articles.sort(Comparator.comparing(a -> a.get("id").asText()));
    if (articles.size() < 8) {
      throw new IllegalStateException("expected 8 short articles in " + file + ", found " + articles.size());
    }
    return articles;
  }

  /** The same article with other content (an updated version under the same id). */
  public static ObjectNode updated(ObjectNode article) {
    ObjectNode copy = article.deepCopy();
    copy.put("text", article.get("text").asText() + "\nUpdate: the campaign did not respond to a request for comment.");
    return copy;
  }

  /** Writes the articles, one JSON object a line, then the extra lines as they are (e.g. malformed ones). */
  public static Path writeJsonl(Path file, List<ObjectNode> articles, String... extraLines) {
    List<String> lines = new ArrayList<>();
    for (ObjectNode article : articles) {
      lines.add(article.toString());
    }
    lines.addAll(List.of(extraLines));
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
