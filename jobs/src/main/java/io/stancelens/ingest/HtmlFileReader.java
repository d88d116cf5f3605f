package io.stancelens.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** One web page per file (or per WARC record): the article {@link HtmlArticleExtractor} finds in it. */
final class HtmlFileReader {

  private HtmlFileReader() {}

  static Ingested read(String path, String id, InputStream in, IngestLimits limits) throws IOException {
    byte[] bytes = BoundedBytes.read(in, limits.maxRecordBytes());
    if (bytes == null) {
      return Ingested.of(Reject.ingest(path, id, "too-large", String.format(
          "page is larger than the %,d-byte record bound", limits.maxRecordBytes())));
    }
    return page(path, id, bytes, null, null, limits);
  }

  /**
   * @param charset the charset the server declared, or null to detect (BOM, meta charset, else UTF-8)
   * @param pageUrl the URL the page was fetched from, or null
   */
  static Ingested page(String ref, String id, byte[] bytes, String charset, String pageUrl,
                       IngestLimits limits) throws IOException {
    if (bytes.length == 0) {
      return Ingested.of(Reject.ingest(ref, id, "empty", "the page has no content"));
    }
    if (TextDecoder.looksBinary(bytes)) {
      return Ingested.of(Reject.ingest(ref, id, "binary",
          "content contains NUL or many control bytes: not an HTML page"));
    }
    Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), charset, pageUrl == null ? "" : pageUrl);
    HtmlArticleExtractor.Page page = HtmlArticleExtractor.extract(doc, pageUrl);
    if (page.text().isBlank()) {
      return Ingested.of(Reject.ingest(ref, id, "no-article-text",
          "no article paragraphs left after removing navigation, cookie notices, captions and related links"
              + (page.title() == null ? "" : " (page title: " + page.title() + ")")));
    }
    return Ingested.of(new Article(id, page.title(), page.source(), page.url(), page.publishedAt(),
        page.text(), ref));
  }
}
