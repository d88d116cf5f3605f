package io.stancelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InputParserTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void textFileIsOneArticleWithTheFileNameAsIdAndTheTextUnchanged() {
    String text = "Oil War\r\nThis kind of ceasefire also removes one of the weapons.\n";
    IngestResult result = InputParser.parse("file:/in/oil-war.txt", utf8(text));
    assertEquals(1, result.articles().size());
    Article article = result.articles().get(0);
    assertEquals("oil-war", article.id());
    assertEquals(text, article.text());
    assertEquals("file:/in/oil-war.txt", article.inputRef());
    assertTrue(result.rejects().isEmpty());
  }

  @Test
  void emptyBlankBinaryAndInvalidUtf8FilesAreRejectedWithTheirReason() {
    assertEquals("empty", onlyReject(InputParser.parse("/in/a.txt", new byte[0])).reason());
    assertEquals("blank", onlyReject(InputParser.parse("/in/b.txt", utf8(" \n\t\n"))).reason());
    byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertEquals("binary", onlyReject(InputParser.parse("/in/c.txt", binary)).reason());
    byte[] latin1 = "Zürich café".getBytes(StandardCharsets.ISO_8859_1);
    Reject invalid = onlyReject(InputParser.parse("/in/d.txt", latin1));
    assertEquals("invalid-utf8", invalid.reason());
    assertEquals("d", invalid.articleId());
  }

  @Test
  void unknownExtensionIsRejectedNotSkipped() {
    Reject reject = onlyReject(InputParser.parse("/in/photo.jpg", utf8("x")));
    assertEquals("unsupported-format", reject.reason());
    assertEquals(Reject.INGEST, reject.stage());
  }

  @Test
  void jsonLinesKeepGoodLinesAndRejectEachBadOneByLine() {
    String jsonl = String.join("\n",
        "{\"id\": \"a1\", \"text\": \"Putin declined.\", \"title\": \"Call\", \"source\": \"19FortyFive\","
            + " \"url\": \"https://example.org/a1\", \"published_at\": \"2025-03-18T14:00:00Z\"}",
        "{\"id\": \"a2\", \"text\": \"Zelensky agreed.\"",
        "",
        "{\"id\": \"a3\"}",
        "{\"id\": \"a4\", \"text\": \"Fine.\", \"published_at\": \"last Tuesday\"}",
        "[1, 2]",
        "{\"id\": 5, \"text\": \"Numeric ids are kept as text.\", \"published_at\": \"2025-03-19\"}");
    IngestResult result = InputParser.parse("/in/batch.jsonl", utf8(jsonl));
    assertEquals(2, result.articles().size());
    Article first = result.articles().get(0);
    assertEquals("a1", first.id());
    assertEquals("Call", first.title());
    assertEquals("19FortyFive", first.source());
    assertEquals(Instant.parse("2025-03-18T14:00:00Z"), first.publishedAt());
    assertEquals("/in/batch.jsonl:1", first.inputRef());
    assertEquals("5", result.articles().get(1).id());
    assertEquals(Instant.parse("2025-03-19T00:00:00Z"), result.articles().get(1).publishedAt());

    assertEquals(4, result.rejects().size());
    assertEquals("malformed-json", result.rejects().get(0).reason());
    assertEquals("/in/batch.jsonl:2", result.rejects().get(0).inputRef());
    assertEquals("missing-text", result.rejects().get(1).reason());
    assertEquals("a3", result.rejects().get(1).articleId());
    assertEquals("bad-published-at", result.rejects().get(2).reason());
    assertEquals("malformed-json", result.rejects().get(3).reason());
    assertEquals(6, result.records(), "6 non-blank lines: each is an article or a reject");
  }

  @Test
  void byteOrderMarkIsNotPartOfTheText() {
    byte[] withBom = utf8("\uFEFFHeadline\nBody.");
    assertEquals("Headline\nBody.", InputParser.parse("/in/x.txt", withBom).articles().get(0).text());
  }

  @Test
  void contentHashIsSha256OfTheText() {
    Article article = Article.of("x", "abc");
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", article.contentHash());
    assertNull(article.title());
  }

  private static Reject onlyReject(IngestResult result) {
    assertTrue(result.articles().isEmpty(), "no article expected");
    assertEquals(1, result.rejects().size());
    return result.rejects().get(0);
  }
}
