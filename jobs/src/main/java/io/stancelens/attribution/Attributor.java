package io.stancelens.attribution;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import io.stancelens.attribution.Doc.Tok;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the statements of one CoreNLP-annotated article (tokens, POS, lemmas, NER and the parse's
 * dependencies are needed) and attributes them to speakers with news rules. Plain Java, no state across
 * articles; thread-safe.
 *
 * <p>Direct quotes take the cue adjacent to them (“…,” he said / said X / X said, “…”), or the cue whose
 * clause they stand in (X said that Russia “will begin …”). A quote without a cue of its own continues the
 * previous quote's speaker when it opens its paragraph or follows an attributed quote in the paragraph; a
 * short one (four tokens at most) is a scare quote or title, speaker NONE. Reported speech is every cue with
 * a speaker and content outside quotation marks, unless quotes attributed to it make up most of its content.
 */
public final class Attributor {

  static final int SCARE_MAX_TOKENS = 4;

  private final Lexicons lex = Lexicons.get();

  public List<Statement> attribute(String articleId, String text, Annotation document) {
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    return attribute(articleId, new Doc(text, sentences));
  }

  List<Statement> attribute(String articleId, Doc doc) {
    String text = doc.text;
    List<QuoteFinder.Quote> quotes = QuoteFinder.find(text);
    QuoteMask mask = new QuoteMask(text, quotes);
    Entities entities = new Entities(doc, lex, mask);
    SpeakerResolver speakers = new SpeakerResolver(doc, lex, entities, mask);
    List<Cue> cues = new CueFinder(doc, lex, mask).find();

    List<Statement> out = new ArrayList<>();
    Map<Cue, List<QuoteFinder.Quote>> quotesOfCue = new HashMap<>();
    Statement previousDirect = null;
    for (QuoteFinder.Quote q : quotes) {
      int first = doc.tokenAtOrAfter(q.begin());
      int last = doc.tokenAtOrAfter(q.end()) - 1;
      if (first > last || first >= doc.toks.size()) {
        continue;
      }
      int tokens = last - first + 1;
      Match match = cueFor(doc, q, first, last, cues);
      String content = text.substring(q.begin(), q.end());
      Statement st;
      if (match != null) {
        Speaker sp = speakers.resolve(match.cue.subject(), match.cue.verb());
        quotesOfCue.computeIfAbsent(match.cue, c -> new ArrayList<>()).add(q);
        st = statement(text, articleId, Statement.DIRECT, q.begin(), q.end(), content, match.cue, sp,
            match.rule, Math.min(match.confidence, sp.confidence()));
      } else if (isScare(doc, q, first, last, tokens)) {
        boolean title = isTitle(doc, first, last);
        st = new Statement(articleId, 0, Statement.DIRECT, q.begin(), q.end(), content, null, null, null, null,
            null, null, null, Statement.NONE, 0.7, title ? "title" : "scare-quote");
      } else if (previousDirect != null && previousDirect.speakerType() != null
          && !Statement.NONE.equals(previousDirect.speakerType())
          && continues(doc, previousDirect, q)) {
        st = new Statement(articleId, 0, Statement.DIRECT, q.begin(), q.end(), content, null, null, null, null,
            null, null, previousDirect.speaker(), previousDirect.speakerType(),
            Math.min(0.8, previousDirect.confidence()), "continuation");
      } else {
        st = new Statement(articleId, 0, Statement.DIRECT, q.begin(), q.end(), content, null, null, null, null,
            null, null, null, Statement.UNKNOWN, 0.3, "unattributed");
      }
      out.add(st);
      if (!Statement.NONE.equals(st.speakerType())) {
        previousDirect = st;
      }
    }

    for (Cue cue : cues) {
      if (!cue.hasContent()) {
        continue;
      }
      int begin = doc.tok(cue.contentFirst()).begin;
      int end = doc.tok(cue.contentLast()).end;
      int quoted = 0;
      for (QuoteFinder.Quote q : quotesOfCue.getOrDefault(cue, List.of())) {
        quoted += Math.max(0, Math.min(end, q.close() + 1) - Math.max(begin, q.open()));
      }
      if (quoted * 2 >= end - begin) {
        continue;
      }
      Speaker sp = speakers.resolve(cue.subject(), cue.verb());
      out.add(statement(text, articleId, Statement.REPORTED, begin, end, text.substring(begin, end), cue, sp,
          "reported-" + cue.kind(), Math.min(0.75, sp.confidence())));
    }

    out.sort(Comparator.comparingInt(Statement::begin).thenComparing(Statement::kind));
    List<Statement> indexed = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      indexed.add(out.get(i).withIndex(i));
    }
    return indexed;
  }

  private static Statement statement(String text, String articleId, String kind, int begin, int end, String content, Cue cue,
                              Speaker sp, String rule, double confidence) {
    String rulePlus = sp.how().equals("name") ? rule : rule + "+" + sp.how();
    return new Statement(articleId, 0, kind, begin, end, content, text.substring(cue.begin(), cue.end()),
        cue.begin(), cue.end(), sp.mentionBegin() < 0 ? null : sp.mentionBegin(),
        sp.mentionEnd() < 0 ? null : sp.mentionEnd(), sp.mention(), sp.name(), sp.type(), round(confidence),
        rulePlus);
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private record Match(Cue cue, String rule, double confidence) {}

  /**
   * The cue of a direct quote: right after its closing mark (“…,” he said / “…,” said X), right before its
   * opening mark (X said, “…” / told him, “…” / reports that “…”), or one whose clause contains it.
   */
  private Match cueFor(Doc doc, QuoteFinder.Quote q, int first, int last, List<Cue> cues) {
    String text = doc.text;
    Match best = null;
    int bestDistance = Integer.MAX_VALUE;
    int qSentFirst = doc.tok(first).sent;
    int qSentLast = doc.tok(last).sent;
    for (Cue cue : cues) {
      Tok v = cue.verb();
      if (v.sent < qSentFirst - 0 || v.sent > qSentLast + 1) {
        continue;
      }
      if (paragraphOf(text, v.begin) != q.paragraph()) {
        continue;
      }
      // After: only the speaker's words, commas and adverbs between the closing mark and the cue.
      if (q.closed() && v.begin > q.close()) {
        int from = doc.tokenAtOrAfter(q.close() + 1);
        if (betweenIsFrame(doc, from, v.id, cue) && v.begin - q.close() < 80) {
          int d = v.begin - q.close();
          if (d < bestDistance) {
            best = new Match(cue, "direct-cue-after", 0.95);
            bestDistance = d;
          }
          continue;
        }
      }
      // Before: cue (with its addressee, "that", a comma or colon) right before the opening mark.
      if (cue.end() <= q.open()) {
        int to = doc.tokenAtOrAfter(q.open());
        if (betweenIsLeadIn(doc, doc.tokenAtOrAfter(cue.end()), to, v) && q.open() - cue.end() < 40) {
          int d = q.open() - cue.end();
          if (d < bestDistance) {
            best = new Match(cue, "direct-cue-before", 0.9);
            bestDistance = d;
          }
          continue;
        }
      }
      // Embedded: the quote stands in the cue's clause ("said that Russia “will begin …”").
      if (cue.end() <= q.open() && v.sent == doc.tok(first).sent && cue.hasContent()
          && first >= cue.contentFirst() && first <= cue.contentLast()) {
        int d = 1000 + (q.open() - cue.end());
        if (d < bestDistance) {
          best = new Match(cue, "direct-embedded", 0.85);
          bestDistance = d;
        }
      }
    }
    return best;
  }

  /** Tokens from {@code from} up to the cue are its subject's words, punctuation or adverbs only. */
  private static boolean betweenIsFrame(Doc doc, int from, int cueId, Cue cue) {
    if (from > cueId) {
      return false;
    }
    for (int i = from; i < cueId; i++) {
      Tok t = doc.tok(i);
      boolean subject = cue.subject() != null && doc.descends(t, cue.subject());
      boolean filler = t.pos.equals(",") || t.pos.equals("''") || t.pos.equals("``") || t.pos.startsWith("RB")
          || t.pos.equals("MD") || t.rel.startsWith("aux") || t.pos.equals(":");
      if (!subject && !filler) {
        return false;
      }
    }
    return true;
  }

  /** Tokens between the cue and the opening mark: its addressee, "that", commas, colons. */
  private static boolean betweenIsLeadIn(Doc doc, int from, int to, Tok v) {
    if (to - from > 6) {
      return false;
    }
    for (int i = from; i < to; i++) {
      Tok t = doc.tok(i);
      boolean filler = t.pos.equals(",") || t.pos.equals(":") || t.lower.equals("that") || t.pos.equals("``");
      boolean addressee = (Doc.matches(t.rel, "obj", "iobj", "obl", "obl:*", "case", "det", "amod", "compound")
          && t.sent == v.sent && (doc.head(t) == v || (doc.head(t) != null && doc.head(doc.head(t)) == v)));
      if (!filler && !addressee) {
        return false;
      }
    }
    return true;
  }

  private static boolean isScare(Doc doc, QuoteFinder.Quote q, int first, int last, int tokens) {
    if (tokens > SCARE_MAX_TOKENS || q.opensParagraph()) {
      return false;
    }
    for (int i = first; i <= last; i++) {
      if (doc.tok(i).pos.equals(".") && i == last && tokens > 2) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> TITLE_WORDS = Set.of("titled", "entitled", "called", "named", "film",
      "movie", "book", "song", "album", "show", "series", "documentary", "ad", "headline", "column", "play",
      "novel", "slogan", "campaign");

  /** Capitalized words after a title word ("an ad titled “Arrogant,”"), or two or more capitalized words. */
  private static boolean isTitle(Doc doc, int first, int last) {
    boolean titleWord = first > 0 && TITLE_WORDS.contains(doc.tok(first - 1).lower)
        || first > 1 && doc.tok(first - 1).pos.equals("``") && TITLE_WORDS.contains(doc.tok(first - 2).lower);
    if (last == first && !titleWord) {
      return false;
    }
    for (int i = first; i <= last; i++) {
      Tok t = doc.tok(i);
      if (Character.isLetter(t.word.charAt(0)) && !Character.isUpperCase(t.word.charAt(0))
          && !Set.of("of", "the", "a", "an", "and", "in", "on", "for", "to").contains(t.lower)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A quote with no cue continues the previous direct quote's speaker when it opens its paragraph right
   * after the paragraph of that quote, or follows it in the same paragraph.
   */
  private static boolean continues(Doc doc, Statement previous, QuoteFinder.Quote q) {
    int prevParagraph = paragraphOf(doc.text, previous.begin());
    if (prevParagraph == q.paragraph()) {
      return true;
    }
    return q.opensParagraph() && q.paragraph() - prevParagraph <= 2
        && blankLinesOnly(doc.text, prevParagraph, q.paragraph());
  }

  private static boolean blankLinesOnly(String text, int fromParagraph, int toParagraph) {
    int line = 0;
    int start = 0;
    while (line < toParagraph && start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (line > fromParagraph && !text.substring(start, end).isBlank()) {
        return false;
      }
      line++;
      start = end + 1;
    }
    return true;
  }

  static int paragraphOf(String text, int offset) {
    int line = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
