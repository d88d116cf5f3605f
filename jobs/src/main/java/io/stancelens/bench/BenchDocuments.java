package io.stancelens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancelens.ingest.Article;
import io.stancelens.ingest.IngestResult;
import io.stancelens.ingest.InputParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Real news texts for the benchmark: given files, or the sample article plus PolNeAR dev articles. */
final class BenchDocuments {

  /** PolNeAR articles longer than this are left out of the default set (the corpus's median is ~4,000). */
  private static final int MAX_DEFAULT_CHARS = 6000;

  private BenchDocuments() {}

  /** Articles from a file or directory of .txt / .jsonl files, read as the run job reads them. */
  static List<Article> fromInput(Path input) {
    try (Stream<Path> files = Files.isDirectory(input) ? Files.walk(input) : Stream.of(input)) {
      List<Article> articles = new ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        IngestResult result = InputParser.parse(file.toString(), Files.readAllBytes(file));
        articles.addAll(result.articles());
      }
      return articles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sample article first, then PolNeAR dev articles in doc_id order, up to {@code count} in all. */
  static List<Article> defaults(Path repo, int count) {
    List<Article> articles = new ArrayList<>(fromInput(repo.resolve("data/sample")));
    Path polnear = repo.resolve("../shared/corpus/polnear/polnear.dev.jsonl").normalize();
    if (Files.exists(polnear) && articles.size() < count) {
      articles.addAll(polnear(polnear, count - articles.size()));
    }
    return articles.subList(0, Math.min(count, articles.size()));
  }

  static List<Article> polnear(Path jsonl, int count) {
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(jsonl)) {
      String line;
      while ((line = reader.readLine()) != null) {
        JsonNode node = json.readTree(line);
        String text = node.get("text").asText();
        if (text.length() <= MAX_DEFAULT_CHARS) {
          articles.add(new Article(node.get("doc_id").asText(), null, null, null, null, text, jsonl.toString()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    articles.sort(Comparator.comparing(Article::id));
    return articles.subList(0, Math.min(count, articles.size()));
  }
}
