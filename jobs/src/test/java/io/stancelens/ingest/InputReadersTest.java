package io.stancelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each reader on real article text and on the bad inputs of issue 8; plain Java, no Spark. */
class InputReadersTest {

  private static final String SEED_URL =
      "https://www.19fortyfive.com/2025/03/putin-keeps-trump-waiting-for-ceasefire-call/";

  private static IngestResult parse(String name, byte[] content) {
    return InputParser.parse("/in/" + name, content);
  }

  private static IngestResult parse(String name, String content) {
    return parse(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private static String onlyReason(IngestResult r) {
    assertEquals(0, r.articles().size(), "no article expected: " + r);
    assertEquals(1, r.rejects().size(), "one reject expected: " + r);
    assertTrue(r.rejects().get(0).detail() != null && !r.rejects().get(0).detail().isBlank());
    return r.rejects().get(0).reason();
  }

  private static String nonBlankLines(String text) {
    return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  // ---- plain text ----

  @Test
  void textFileIsOneArticleNamedAfterTheFile() {
    IngestResult r = parse("putin-trump-call.txt", Fixtures.seedText());
    assertEquals(1, r.articles().size());
    assertEquals("putin-trump-call", r.articles().get(0).id());
    assertEquals(Fixtures.seedText(), r.articles().get(0).text());
  }

  @Test
  void badTextFilesAreRejectedWithTheirReason() {
    assertEquals("empty", onlyReason(parse("empty.txt", new byte[0])));
    assertEquals("blank", onlyReason(parse("ws.txt", " \n\t\r\n   \n")));
    byte[] binary = new byte[4096];
    new java.util.Random(8).nextBytes(binary);
    binary[10] = 0;
    assertEquals("binary", onlyReason(parse("blob.txt", binary)));
    byte[] invalid = "Caf\u00e9 au lait. The talks resumed on Tuesday.".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("invalid-utf8", onlyReason(parse("latin1.txt", invalid)));
  }

  @Test
  void fiveMegabyteArticleIsRejectedQuicklyAsTooLong() {
    byte[] big = Fixtures.seedText().repeat(5 * 1024 * 1024 / 6683 + 1).getBytes(StandardCharsets.UTF_8);
    assertTrue(big.length >= 5 * 1024 * 1024);
    long t0 = System.nanoTime();
    IngestResult r = parse("huge.txt", big);
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertEquals("too-long", onlyReason(r));
    assertTrue(seconds < 2, "rejecting took " + seconds + " s");
    // the same text as a JSON line is read (under the record bound) and rejected by its length
    String line = "{\"id\":\"huge\",\"text\":" + jsonString(Fixtures.seedText().repeat(800)) + "}";
    assertEquals("too-long", onlyReason(parse("huge.jsonl", line)));
  }

  @Test
  void languageGateRejectsNonEnglishAndKeepsEnglish() {
    IngestResult german = parse("de.txt", Fixtures.germanText());
    assertEquals("non-english", onlyReason(german));
    assertTrue(german.rejects().get(0).detail().contains("deu"), german.rejects().get(0).detail());
    for (Fixtures.NewsText t : Fixtures.polnear(10)) {
      assertEquals(1, parse(t.id() + ".txt", t.text()).articles().size(), t.id());
    }
    // too few letters to judge: taken as English rather than rejected on noise
    assertEquals(1, parse("short.txt", "Ceasefire now.").articles().size());
  }

  @Test
  void languageIdOnEveryPolnearArticleAndOtherLanguages() {
    List<Fixtures.NewsText> all = Fixtures.polnear(84);
    long english = all.stream().filter(t -> LanguageId.detect(t.text()).english()).count();
    System.out.printf("language id: %d of %d PolNeAR dev articles detected as eng%n", english, all.size());
    assertEquals(all.size(), english);
    assertTrue(LanguageId.detect(Fixtures.seedText()).english());
    assertEquals("fra", LanguageId.detect("""
        Le président russe a accepté de suspendre pendant trente jours les frappes contre les \
        infrastructures énergétiques de l'Ukraine, mais il a refusé le cessez-le-feu complet proposé \
        par Washington, selon un communiqué publié mardi soir par la Maison Blanche.""").language());
    assertEquals("rus", LanguageId.detect("""
        Президент России согласился на тридцатидневный отказ от ударов по энергетической \
        инфраструктуре Украины, однако отверг предложенное Вашингтоном полное прекращение огня, \
        сообщили во вторник в Белом доме.""").language());
  }

  // ---- JSON Lines ----

  @Test
  void jsonLinesBadLinesAreRejectsAndGoodLinesArticles() {
    List<Fixtures.NewsText> news = Fixtures.polnear(2);
    String file = String.join("\n",
        json(news.get(0).id(), news.get(0).text()),
        "{\"id\": \"broken\", \"text\": \"unterminated",
        "",
        "{\"id\": \"no-text\", \"title\": \"A title only\"}",
        "[1, 2, 3]",
        "{\"text\": \"" + "No id here but a sentence." + "\"}",
        json(news.get(1).id(), news.get(1).text()),
        "");
    IngestResult r = parse("mixed.jsonl", file);
    assertEquals(List.of(news.get(0).id(), news.get(1).id()),
        r.articles().stream().map(Article::id).toList());
    assertEquals(List.of("malformed-json", "missing-text", "malformed-json", "missing-id"),
        r.rejects().stream().map(Reject::reason).toList());
    assertEquals("/in/mixed.jsonl:2", r.rejects().get(0).inputRef());
    assertEquals("/in/mixed.jsonl:7", r.articles().get(1).inputRef());
  }

  @Test
  void jsonLinesFileEdgeCases() {
    assertEquals("empty", onlyReason(parse("e.jsonl", "")));
    assertEquals("blank", onlyReason(parse("ws.jsonl", "\n  \n\t\n")));
    ByteArrayOutputStream mixed = new ByteArrayOutputStream();
    mixed.writeBytes(json("a", Fixtures.polnear(1).get(0).text()).getBytes(StandardCharsets.UTF_8));
    mixed.writeBytes("\n{\"id\":\"b\",\"text\":\"Caf".getBytes(StandardCharsets.UTF_8));
    mixed.write(0xE9); // Latin-1 é: not UTF-8
    mixed.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
    IngestResult r = parse("enc.jsonl", mixed.toByteArray());
    assertEquals(1, r.articles().size());
    assertEquals(List.of("invalid-utf8"), r.rejects().stream().map(Reject::reason).toList());
    // a line over the record bound is skipped unread
    IngestLimits small = new IngestLimits(200_000, 1000, 40);
    IngestResult big = InputParser.parse("/in/big.jsonl",
        (json("x", "word ".repeat(400)) + "\n" + json("y", Fixtures.polnear(1).get(0).text()))
            .getBytes(StandardCharsets.UTF_8), null, small);
    assertEquals(List.of("too-large"), big.rejects().stream().map(Reject::reason).toList());
    assertEquals(List.of("y"), big.articles().stream().map(Article::id).toList());
  }

  // ---- HTML ----

  @Test
  void htmlPageGivesTheArticleParagraphsAndMetadataWithoutBoilerplate() {
    String seed = Fixtures.seedText();
    String page = Fixtures.newsPage("Putin Keeps Trump Waiting, Then Offers Little", SEED_URL,
        "2025-03-18T19:30:00+00:00", Fixtures.paragraphs(seed));
    IngestResult r = parse("putin.html", page);
    assertEquals(1, r.articles().size(), r.toString());
    Article a = r.articles().get(0);
    assertEquals(nonBlankLines(seed), a.text());
    assertEquals(DedupeKey.of(seed), DedupeKey.of(a.text()), "same article as the .txt after cleaning");
    assertEquals("Putin Keeps Trump Waiting, Then Offers Little", a.title());
    assertEquals(SEED_URL, a.url());
    assertEquals("19fortyfive.com", a.source());
    assertEquals(Instant.parse("2025-03-18T19:30:00Z"), a.publishedAt());
    assertEquals("putin", a.id());
    for (String junk : List.of("cookies", "Accept all", "Politics", "Share on", "Photo:", "Advertisement",
        "Related stories", "Markets fall", "More from", "Ten things", "Most read", "newsletter", "©")) {
      assertFalse(a.text().contains(junk), "boilerplate left: " + junk);
    }
  }

  @Test
  void htmlMetadataFromJsonLdAndTimeElementWhenMetaTagsAreMissing() {
    String page = """
        <html><head><title>Fallback title</title>
        <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"X"},
          {"@type":["NewsArticle"],"headline":"Ceasefire talks resume","datePublished":"2025-03-19 08:00:00+0100",
           "mainEntityOfPage":{"@id":"https://news.example.org/world/ceasefire-talks"}}]}</script></head>
        <body><div itemprop="articleBody"><p>Negotiators met again on Wednesday to discuss a ceasefire.</p>
        <p>Both sides said the talks were useful.</p></div></body></html>
        """;
    Article a = parse("ld.html", page).articles().get(0);
    assertEquals("Ceasefire talks resume", a.title());
    assertEquals("https://news.example.org/world/ceasefire-talks", a.url());
    assertEquals("news.example.org", a.source());
    assertEquals(Instant.parse("2025-03-19T07:00:00Z"), a.publishedAt());
    assertEquals("Negotiators met again on Wednesday to discuss a ceasefire.\nBoth sides said the talks were useful.",
        a.text());
    String noDates = "<html><body><article><time datetime=\"2025-03-20\">20 March</time>"
        + "<p>Officials confirmed the meeting.</p></article></body></html>";
    Article b = parse("t.html", noDates).articles().get(0);
    assertEquals(Instant.parse("2025-03-20T00:00:00Z"), b.publishedAt());
    assertNull(b.url());
    assertNull(b.source());
  }

  @Test
  void navigationOnlyPageIsRejected() {
    assertEquals("no-article-text", onlyReason(parse("sections.html", Fixtures.navigationOnlyPage())));
    assertEquals("empty", onlyReason(parse("e.html", new byte[0])));
  }

  @Test
  void formatOptionOverridesTheFileName() {
    assertEquals(InputFormat.HTML, InputFormat.parseOption("html"));
    assertNull(InputFormat.parseOption("auto"));
    assertThrows(IllegalArgumentException.class, () -> InputFormat.parseOption("pdf"));
    String page = Fixtures.newsPage("T", SEED_URL, "2025-03-18", Fixtures.paragraphs(Fixtures.seedText()));
    IngestResult asHtml = InputParser.parse("/in/page.dat", page.getBytes(StandardCharsets.UTF_8),
        InputFormat.HTML, IngestLimits.DEFAULT);
    assertEquals(nonBlankLines(Fixtures.seedText()), asHtml.articles().get(0).text());
    assertEquals("unsupported-format", onlyReason(parse("page.dat", page)));
    assertEquals(InputFormat.WARC, InputFormat.fromFileName("CC-NEWS-20250318.warc.gz"));
  }

  // ---- WARC ----

  @Test
  void warcGzResponsesWithHtmlBecomeArticlesAndEveryOtherRecordARejectWithItsKind() {
    List<Fixtures.NewsText> news = Fixtures.polnear(1);
    byte[] warc = Fixtures.warc(true, List.of(
        Fixtures.Capture.html(SEED_URL, Fixtures.newsPage("Putin call", SEED_URL, "2025-03-18T19:30:00Z",
            Fixtures.paragraphs(Fixtures.seedText()))),
        new Fixtures.Capture("https://news.example.org/img/lead.png", 200, "image/png", Fixtures.pngBytes()),
        new Fixtures.Capture("https://news.example.org/report.pdf", 200, "application/pdf", Fixtures.pdfBytes()),
        Fixtures.Capture.html("https://news.example.org/gone", 404).withStatus(404),
        Fixtures.Capture.html("https://news.example.org/sections", Fixtures.navigationOnlyPage()),
        Fixtures.Capture.html("https://news.example.org/2016/" + news.get(0).id(),
            Fixtures.newsPage(news.get(0).title(), "https://news.example.org/2016/" + news.get(0).id(),
                news.get(0).date(), Fixtures.paragraphs(news.get(0).text())))));
    IngestResult r = parse("CC-NEWS-test.warc.gz", warc);
    assertEquals(2, r.articles().size(), r.toString());
    assertEquals(nonBlankLines(Fixtures.seedText()), r.articles().get(0).text());
    assertEquals("19fortyfive.com", r.articles().get(0).source());
    assertEquals(news.get(0).title(), r.articles().get(1).title());
    assertTrue(r.articles().get(0).inputRef().startsWith("/in/CC-NEWS-test.warc.gz#"));
    // 1 warcinfo + 6 requests + 6 responses = 13 records, each accounted for
    assertEquals(13, r.records());
    assertEquals(List.of("warc-not-response", "warc-not-response", "warc-not-response", "non-html",
            "warc-not-response", "non-html", "warc-not-response", "http-status", "warc-not-response",
            "no-article-text", "warc-not-response"),
        r.rejects().stream().map(Reject::reason).toList());
  }

  @Test
  void truncatedWarcGzKeepsTheRecordsBeforeTheCutAndRejectsTheRest() {
    List<Fixtures.NewsText> news = Fixtures.polnear(2);
    List<Fixtures.Capture> captures = news.stream().map(t -> Fixtures.Capture.html(
        "https://news.example.org/" + t.id(), Fixtures.newsPage(t.title(), "https://news.example.org/" + t.id(),
            t.date(), Fixtures.paragraphs(t.text())))).toList();
    byte[] whole = Fixtures.warc(true, captures);
    byte[] cut = Arrays.copyOf(whole, whole.length - 600); // a download that stopped inside the last record
    IngestResult r = parse("cut.warc.gz", cut);
    assertEquals(1, r.articles().size(), r.toString());
    Reject last = r.rejects().get(r.rejects().size() - 1);
    assertEquals("truncated", last.reason(), last.toString());
    assertTrue(last.detail().contains("after 4 complete records"), last.detail());
    // uncompressed and cut in the middle of a record too
    byte[] plain = Fixtures.warc(false, captures);
    IngestResult r2 = parse("cut.warc", Arrays.copyOf(plain, plain.length - 600));
    assertEquals("truncated", r2.rejects().get(r2.rejects().size() - 1).reason());
    assertEquals(1, r2.articles().size());
  }

  @Test
  void notAWarcIsOneReject() {
    assertEquals("empty", onlyReason(parse("e.warc.gz", new byte[0])));
    String reason = onlyReason(parse("x.warc", "this is not a WARC file at all\n".repeat(10)));
    assertEquals("malformed-warc", reason);
  }

  // ---- dedupe key ----

  @Test
  void dedupeKeyIgnoresCaseWhitespaceAndTypographyButNotWords() {
    String a = "Putin said: “We agree.”\nThe call lasted 90 minutes — longer than usual.";
    String b = "  putin said: \"we agree.\"   the call lasted 90 minutes - longer than usual.\n\n";
    assertEquals(DedupeKey.of(a), DedupeKey.of(b));
    assertFalse(DedupeKey.of(a).equals(DedupeKey.of(a.replace("90", "60"))));
  }

  private static String json(String id, String text) {
    return "{\"id\":" + jsonString(id) + ",\"text\":" + jsonString(text) + "}";
  }

  private static String jsonString(String s) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
