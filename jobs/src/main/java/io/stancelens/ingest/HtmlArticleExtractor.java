package io.stancelens.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The article in a news web page: its paragraphs as lines, without the page's menus, cookie notices,
 * captions, share bars and "related stories", and the metadata the page states (title, canonical URL,
 * source domain, published date) from meta tags, JSON-LD and time elements.
 *
 * <p>Rules, in order: drop elements that are never article text (scripts, nav, header/footer outside the
 * article, aside, figure and figcaption, forms, dialogs); drop elements whose role, id or class names a
 * boilerplate part (cookie, consent, menu, share, related, newsletter, caption, ad, ...); take the article
 * body ({@code itemprop=articleBody}, else the largest {@code <article>}, else {@code <main>}, else the
 * body); keep its leaf blocks (p, h2-h6, li, blockquote, ...) as lines, except blocks that are mostly link
 * text, known boilerplate lines ("Advertisement", "Read more", "We use cookies ..."), caption lines
 * ("Photo: ...") and sections under a "Related stories"-like heading. Plain Java, no Spark.
 */
public final class HtmlArticleExtractor {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the page yields; {@code text} is empty when nothing article-like is left. */
  public record Page(String title, String url, String source, Instant publishedAt, String text) {}

  private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, "
      + "canvas, math, form, button, input, select, textarea, label, nav, aside, figure, figcaption, "
      + "picture, video, audio, dialog, menu, map, [hidden], [aria-hidden=true], "
      + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], "
      + "[role=alertdialog], [role=search], [role=menu], [role=menubar], [role=toolbar]";

  /** Words in an id or class that name a part of the page that is not the article. */
  private static final Pattern BOILERPLATE_NAME = Pattern.compile(
      "(?:^|[\\s_-])(?:cookies?|consent|gdpr|cmp|onetrust|banner|newsletter|subscribe|subscription|signup|"
          + "promo|advert|advertisement|ads?|adslot|sponsored?|share|sharing|social|related|recommended|"
          + "recommendations|more-stories|read-?more|trending|popular|most-read|breadcrumbs?|menu|nav|"
          + "navbar|navigation|sidebar|footer|comments?|caption|credits?|modal|popup|paywall|outbrain|"
          + "taboola|tags|byline|author|dateline|timestamp|skip-link|visually-hidden|sr-only)(?:$|[\\s_-])",
      Pattern.CASE_INSENSITIVE);

  /** Tags never removed by the class rule (a body with class "cookie-banner-shown" is still the body). */
  private static final Set<String> KEEP_TAGS = Set.of("html", "body", "main", "article");

  private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li",
      "blockquote", "pre", "dd", "dt", "td", "th", "div", "section", "ul", "ol", "table", "tr", "dl",
      "article", "main", "header", "footer", "address", "center");

  private static final Pattern BOILERPLATE_LINE = Pattern.compile(
      "^(?:advertisement|advertisements|ad|sponsored( content)?|share( this)?( article| story| on \\w+)?|"
          + "read more|read next|read more:.*|see also:.*|related:.*|also read:.*|click here.*|"
          + "sign up .*newsletter.*|subscribe( now| today)?( to .*)?|follow us( on .*)?|"
          + "(we|this (web)?site) uses? cookies.*|accept( all)?( cookies)?|reject all|manage (cookies|preferences)|"
          + "cookie (settings|policy|preferences)|skip to (main )?content|back to top|copyright .*|©.*|"
          + "all rights reserved\\.?)$",
      Pattern.CASE_INSENSITIVE);

  /** "By Jane Doe", "By Jane Doe and John Roe, Reuters": a byline standing as a line of its own. */
  private static final Pattern BYLINE = Pattern.compile(
      "^By( [\\p{Lu}][\\p{L}.'-]*){1,4}( and( [\\p{Lu}][\\p{L}.'-]*){1,4})?(, [^.]{1,40})?$");

  private static final Pattern CAPTION_LINE = Pattern.compile(
      "^(?:photo|photograph|image|picture|file photo|video|credit|caption|illustration)s?"
          + "( by| courtesy)?\\s*[:|/(\\-–—].*",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern RELATED_HEADING = Pattern.compile(
      "^(?:related( stories| articles| news| content| coverage| links| topics| reading)?|"
          + "more (stories|news|from .*|on this( story| topic)?|coverage|to read|in .*)|"
          + "recommended( for you| stories| reading| articles)?|read (more|next|also)|also read|"
          + "most (read|popular|viewed|shared)|trending( now| stories)?|you (may|might) also like|"
          + "see also|top stories|latest (news|stories)|editor'?s picks)\\b.*",
      Pattern.CASE_INSENSITIVE);

  private HtmlArticleExtractor() {}

  /**
   * @param doc       the parsed page (jsoup)
   * @param pageUrl   the URL the page was fetched from (WARC target URI), or null
   */
  public static Page extract(Document doc, String pageUrl) {
    JsonNode ld = jsonLdArticle(doc);
    String title = firstNonBlank(meta(doc, "meta[property=og:title]"), ldText(ld, "headline"),
        meta(doc, "meta[name=twitter:title]"), doc.title(), text(doc.selectFirst("h1")));
    String url = firstNonBlank(absAttr(doc.selectFirst("link[rel=canonical][href]"), "href"),
        meta(doc, "meta[property=og:url]"), ldUrl(ld), pageUrl);
    Instant published = publishedAt(doc, ld);
    String text = articleText(doc);
    return new Page(title, url, domain(url), published, text);
  }

  /** The article body's paragraphs, one per line; empty when the page has none. */
  static String articleText(Document page) {
    Document doc = page.clone();
    doc.select(NEVER_TEXT).remove();
    for (Element el : doc.getAllElements()) {
      if (el.parent() == null || KEEP_TAGS.contains(el.tagName())) {
        continue;
      }
      String names = el.id() + " " + el.className();
      if (!names.isBlank() && BOILERPLATE_NAME.matcher(names).find()) {
        el.remove();
      }
    }
    Element root = contentRoot(doc);
    // header and footer outside an <article> are site chrome; inside it a header holds the headline.
    for (Element el : root.select("header, footer")) {
      if (el.closest("article") == null || el.tagName().equals("footer")) {
        el.remove();
      }
    }
    List<String> lines = new ArrayList<>();
    boolean inRelated = false;
    int relatedLevel = 0;
    Map<Element, Boolean> leafFlag = new IdentityHashMap<>();
    for (Element block : leafBlocks(root, leafFlag)) {
      String tag = block.tagName();
      if (tag.equals("h1")) {
        continue; // the headline is kept as the title, not as a line of text
      }
      int level = headingLevel(block);
      for (String line : lines(block, leafFlag.get(block))) {
        if (level > 0 && line.length() <= 80 && RELATED_HEADING.matcher(line).matches()) {
          inRelated = true;
          relatedLevel = level;
          continue;
        }
        if (inRelated && level > 0 && level <= relatedLevel) {
          inRelated = false;
        }
        if (inRelated || BOILERPLATE_LINE.matcher(line).matches() || CAPTION_LINE.matcher(line).matches()
            || (line.length() <= 80 && BYLINE.matcher(line).matches())) {
          continue;
        }
        lines.add(line);
      }
    }
    return String.join("\n", lines);
  }

  private static Element contentRoot(Document doc) {
    Element body = doc.body() == null ? doc : doc.body();
    Element articleBody = doc.selectFirst("[itemprop=articleBody]");
    if (articleBody != null && !articleBody.text().isBlank()) {
      return articleBody;
    }
    Element best = null;
    for (Element article : doc.select("article")) {
      if (best == null || article.text().length() > best.text().length()) {
        best = article;
      }
    }
    if (best != null && !best.text().isBlank()) {
      return best;
    }
    Element main = doc.selectFirst("main, [role=main]");
    return main != null && !main.text().isBlank() ? main : body;
  }

  /**
   * Block elements without block elements inside, in document order, minus mostly-link blocks; a block
   * with blocks inside and text of its own contributes its own text. One pass: linear in the page.
   */
  private static List<Element> leafBlocks(Element root, Map<Element, Boolean> leafFlag) {
    Set<Element> hasBlockInside = Collections.newSetFromMap(new IdentityHashMap<>());
    Elements all = root.getAllElements();
    for (Element el : all) {
      if (el != root && BLOCK_TAGS.contains(el.tagName())) {
        for (Element p = el.parent(); p != null && hasBlockInside.add(p); p = p.parent()) {
          if (p == root) {
            break;
          }
        }
      }
    }
    List<Element> out = new ArrayList<>();
    for (Element el : all) {
      if (!BLOCK_TAGS.contains(el.tagName())) {
        continue;
      }
      boolean leaf = !hasBlockInside.contains(el);
      if ((leaf || !el.ownText().isBlank()) && !mostlyLinks(el, leaf)) {
        out.add(el);
        leafFlag.put(el, leaf);
      }
    }
    return out;
  }

  private static boolean mostlyLinks(Element el, boolean leaf) {
    int all = leaf ? el.text().length() : el.ownText().length();
    if (all == 0) {
      return true;
    }
    int links = 0;
    for (Element a : leaf ? el.select("a") : el.children().select("a")) {
      if (leaf || a.parent() == el) {
        links += a.text().length();
      }
    }
    return links * 2 > all;
  }

  /** The block's text split at {@code <br>}, whitespace collapsed; a non-leaf block gives its own text. */
  private static List<String> lines(Element block, boolean leaf) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    List<Node> nodes = leaf ? List.of(block) : List.copyOf(block.textNodes());
    for (Node node : nodes) {
      collect(node, line, out);
    }
    flush(line, out);
    return out;
  }

  private static void collect(Node node, StringBuilder line, List<String> out) {
    if (node instanceof TextNode t) {
      line.append(t.getWholeText());
    } else if (node instanceof Element e) {
      if (e.tagName().equals("br")) {
        flush(line, out);
        return;
      }
      for (Node child : e.childNodes()) {
        collect(child, line, out);
      }
    }
  }

  private static void flush(StringBuilder line, List<String> out) {
    String s = line.toString().replaceAll("[\\s\\u00A0\\u200B]+", " ").strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
    line.setLength(0);
  }

  private static int headingLevel(Element el) {
    String tag = el.tagName();
    if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
      return tag.charAt(1) - '0';
    }
    // <p><strong>Related stories</strong></p> acts as a heading
    if (tag.equals("p") && el.children().size() == 1 && el.ownText().isBlank()
        && Set.of("strong", "b").contains(el.child(0).tagName())) {
      return 6;
    }
    return 0;
  }

  // ---- metadata ----

  private static Instant publishedAt(Document doc, JsonNode ld) {
    List<String> candidates = new ArrayList<>();
    for (String selector : List.of("meta[property=article:published_time]",
        "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
        "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date]",
        "meta[name=dc.date.issued]", "meta[name=DC.date.issued]", "meta[name=sailthru.date]",
        "meta[name=parsely-pub-date]", "meta[property=og:published_time]")) {
      candidates.add(meta(doc, selector));
    }
    candidates.add(ldText(ld, "datePublished"));
    Element time = doc.selectFirst("time[itemprop=datePublished][datetime], time[pubdate][datetime], "
        + "article time[datetime], time[datetime]");
    candidates.add(time == null ? null : time.attr("datetime"));
    for (String c : candidates) {
      if (c != null && !c.isBlank()) {
        Instant instant = parseDate(c);
        if (instant != null) {
          return instant;
        }
      }
    }
    return null;
  }

  /** ISO-8601 forms pages use: with or without offset colon, space for T, plain date. Null if none fits. */
  static Instant parseDate(String value) {
    String v = value.trim();
    Instant iso = InputParser.parseInstant(v);
    if (iso != null) {
      return iso;
    }
    String fixed = v.replace(' ', 'T').replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2");
    iso = InputParser.parseInstant(fixed);
    if (iso != null) {
      return iso;
    }
    try {
      return LocalDateTime.parse(fixed, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The first JSON-LD object whose @type is an article type, or null. */
  private static JsonNode jsonLdArticle(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = findArticle(JSON.readTree(script.data()));
        if (found != null) {
          return found;
        }
      } catch (Exception e) {
        // broken JSON-LD is common on the web: the other metadata sources still count
      }
    }
    return null;
  }

  private static JsonNode findArticle(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode found = findArticle(n);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    JsonNode type = node.get("@type");
    if (type != null) {
      String types = type.toString().toLowerCase(Locale.ROOT);
      if (types.contains("article") || types.contains("reportagenews") || types.contains("blogposting")) {
        return node;
      }
    }
    return findArticle(node.get("@graph"));
  }

  private static String ldText(JsonNode ld, String field) {
    if (ld == null || ld.get(field) == null) {
      return null;
    }
    JsonNode v = ld.get(field);
    return v.isValueNode() ? v.asText() : null;
  }

  private static String ldUrl(JsonNode ld) {
    if (ld == null) {
      return null;
    }
    String url = ldText(ld, "url");
    if (url != null) {
      return url;
    }
    JsonNode main = ld.get("mainEntityOfPage");
    if (main == null) {
      return null;
    }
    return main.isValueNode() ? main.asText() : (main.get("@id") != null ? main.get("@id").asText() : null);
  }

  /** Host of the URL without a leading {@code www.}; null when there is no usable URL. */
  static String domain(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = URI.create(url.trim()).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String meta(Document doc, String selector) {
    Element el = doc.selectFirst(selector);
    return el == null ? null : el.attr("content");
  }

  private static String absAttr(Element el, String attr) {
    if (el == null) {
      return null;
    }
    String abs = el.absUrl(attr);
    return abs.isEmpty() ? el.attr(attr) : abs;
  }

  private static String text(Element el) {
    return el == null ? null : el.text();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
