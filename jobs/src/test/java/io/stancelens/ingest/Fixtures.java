package io.stancelens.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancelens.testing.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Inputs for the reader tests, built from real article text: the seed article ({@code data/sample}) and
 * PolNeAR dev articles ({@code ../shared/corpus/polnear}), wrapped in the page furniture real news sites
 * carry (menus, cookie banners, share bars, figure captions, related-stories lists, footers) and in WARC
 * records written with jwarc's writer, as a crawler writes them.
 */
public final class Fixtures {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {}

  /** A real news article: its id, title, publisher, date, text. */
  public record NewsText(String id, String title, String publisher, String date, String text) {}

  public static String seedText() {
    try {
      return Files.readString(SharedSpark.repo().resolve("data/sample/putin-trump-call.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The n shortest distinct PolNeAR dev articles (real 2016 US political news), shortest first. */
  public static List<NewsText> polnear(int n) {
    Path file = SharedSpark.sharedCorpus().resolve("polnear/polnear.dev.jsonl");
    Map<String, NewsText> byId = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file)) {
        JsonNode node = JSON.readTree(line);
        String id = node.get("doc_id").asText();
        byId.putIfAbsent(id, new NewsText(id, node.get("title").asText(), node.get("publisher").asText(),
            node.get("publication_date").asText(), node.get("text").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<NewsText> all = new ArrayList<>(byId.values());
    all.sort(Comparator.comparingInt(t -> t.text().length()));
    return all.subList(0, n);
  }

  /**
   * A German news paragraph (written for this test, in the register of a wire report) about the same call:
   * the non-English case.
   */
  public static String germanText() {
    return """
        Der russische Präsident Wladimir Putin hat sich in einem Telefonat mit US-Präsident Donald Trump \
        bereit erklärt, Angriffe auf die Energieinfrastruktur der Ukraine für 30 Tage auszusetzen. Eine \
        umfassende Waffenruhe, wie sie Washington vorgeschlagen hatte, lehnte der Kreml jedoch ab.
        Nach Angaben des Weißen Hauses sollen die Gespräche über eine Waffenruhe im Schwarzen Meer schon \
        in den kommenden Tagen beginnen. Der ukrainische Präsident Wolodymyr Selenskyj sagte, sein Land \
        werde jeden Vorschlag prüfen, der zu einem gerechten Frieden führe.
        """;
  }

  /** A sentence of {@code tokens} words of the seed article, without any punctuation or line break. */
  public static String longSentence(int tokens) {
    String[] words = seedText().replaceAll("[^\\p{L}\\p{N}\\s]", " ").trim().split("\\s+");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < tokens; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(words[i % words.length].toLowerCase());
    }
    return out.toString();
  }

  /** Lines of an article as page paragraphs; short lines without final punctuation become headings. */
  static String paragraphs(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (t.isEmpty()) {
        continue;
      }
      boolean heading = t.length() < 60 && ".:;,\"”’'".indexOf(t.charAt(t.length() - 1)) < 0;
      String escaped = Entities.escape(t);
      out.append(heading ? "      <h2>" + escaped + "</h2>\n" : "      <p>" + escaped + "</p>\n");
    }
    return out.toString();
  }

  /**
   * A news page as a site serves it: head metadata (og:title, canonical, published time, JSON-LD), a
   * cookie banner, a menu, a share bar, the article with a figure and caption, a related-stories block,
   * a newsletter box and a footer.
   */
  public static String newsPage(String title, String url, String published, String body) {
    String t = Entities.escape(title);
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>%1$s | The Daily Example</title>
          <meta property="og:title" content="%1$s">
          <meta property="og:site_name" content="The Daily Example">
          <link rel="canonical" href="%2$s">
          <meta property="article:published_time" content="%3$s">
          <script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"%1$s","datePublished":"%3$s"}
          </script>
          <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
          <style>.cookie-banner{position:fixed}</style>
        </head>
        <body class="article-page">
          <div id="cookie-banner" class="cookie-banner">
            <p>We use cookies to improve your experience on our site and to show you relevant advertising.</p>
            <button>Accept all</button><button>Manage preferences</button>
          </div>
          <header class="site-header">
            <a href="/" class="logo">The Daily Example</a>
            <nav class="main-menu"><ul>
              <li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
              <li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li>
            </ul></nav>
          </header>
          <main>
            <article>
              <header><h1>%1$s</h1><p class="byline">By Staff Reporter</p>
                <time datetime="%3$s">%3$s</time></header>
              <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
              <figure><img src="/img/lead.jpg" alt="lead image">
                <figcaption>Photo: A file picture of the capital at dusk. (Example Images)</figcaption></figure>
              <div class="article-body">
        %4$s      </div>
              <p class="advertisement">Advertisement</p>
              <section class="related-stories"><h3>Related stories</h3><ul>
                <li><a href="/a">Markets fall as talks stall</a></li><li><a href="/b">What the deal means</a></li>
              </ul></section>
              <h2>More from The Daily Example</h2>
              <ul><li><a href="/c">Ten things to know this week</a></li></ul>
            </article>
          </main>
          <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/d">Storm hits the coast</a></li></ol></aside>
          <div class="newsletter-signup"><p>Sign up for our daily newsletter to get the news first.</p></div>
          <footer class="site-footer"><p>© 2025 The Daily Example. All rights reserved.</p>
            <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
        </body>
        </html>
        """.formatted(t, url, published, body);
  }

  /** A page that is all navigation: menus, a cookie notice, link lists and a footer; no article. */
  public static String navigationOnlyPage() {
    return """
        <!DOCTYPE html>
        <html><head><title>Sections | The Daily Example</title></head>
        <body>
          <div class="cookie-notice"><p>This site uses cookies. By continuing you agree to our cookie policy.</p></div>
          <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
            <li><a href="/business">Business</a></li></ul></nav>
          <div class="menu"><a href="/login">Log in</a> | <a href="/subscribe">Subscribe</a></div>
          <div class="section-list"><ul>
            <li><a href="/world/europe">Europe</a></li><li><a href="/world/asia">Asia</a></li>
            <li><a href="/world/africa">Africa</a></li><li><a href="/world/americas">Americas</a></li>
          </ul></div>
          <footer><p>© 2025 The Daily Example</p><a href="/about">About us</a></footer>
        </body></html>
        """;
  }

  /** One captured record for {@link #warc}: a URL, an HTTP status, a content type and a body. */
  public record Capture(String url, int status, String contentType, byte[] body) {
    public static Capture html(String url, String page) {
      return new Capture(url, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    /** An error page, as servers send them (HTML, status 404 or so). */
    public static Capture html(String url, int status) {
      return new Capture(url, status, "text/html; charset=utf-8",
          "<html><body><h1>Not Found</h1><p>The page you asked for does not exist.</p></body></html>"
              .getBytes(StandardCharsets.UTF_8));
    }

    public Capture withStatus(int newStatus) {
      return new Capture(url, newStatus, contentType, body);
    }
  }

  /**
   * A WARC as a crawler writes it, with jwarc: a warcinfo record, then per capture a request and its
   * response record.
   */
  public static byte[] warc(boolean gzip, List<Capture> captures) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(bytes),
        gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      writer.write(new Warcinfo.Builder().date(Instant.parse("2025-03-18T18:00:00Z"))
          .fields(Map.of("software", List.of("stancelens-tests"), "format",
              List.of("WARC File Format 1.1"))).build());
      for (Capture c : captures) {
        Instant when = Instant.parse("2025-03-18T18:05:00Z");
        writer.write(new WarcRequest.Builder(c.url()).date(when)
            .body(new HttpRequest.Builder("GET", c.url()).addHeader("User-Agent", "stancelens-tests").build())
            .build());
        writer.write(new WarcResponse.Builder(c.url()).date(when)
            .body(new HttpResponse.Builder(c.status(), c.status() == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(c.contentType()), c.body()).build())
            .build());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The first bytes of a real PNG and of a PDF: non-HTML payloads as crawls have them. */
  public static byte[] pngBytes() {
    byte[] b = new byte[256];
    byte[] sig = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    System.arraycopy(sig, 0, b, 0, sig.length);
    return b;
  }

  public static byte[] pdfBytes() {
    return "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
  }
}
