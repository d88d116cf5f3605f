package io.stancelens.attribution;

import io.stancelens.attribution.Doc.Tok;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds cues of speech outside quotation marks with the speech-cue lexicon and CoreNLP's dependency
 * parse: the cue's speaker is its nominal subject (inherited through "and"/"to"-verbs, and "who" in a
 * relative clause), and its content the clausal complement ("said that ..."), the object ("called this
 * agreement a first step", "repeated demands that ..."), the main clause around a parenthetical
 * ("..., a source said") or around "according to X".
 */
final class CueFinder {

  private static final Set<String> ADDRESSEE_VERBS = Set.of("tell", "ask", "inform", "assure", "remind",
      "warn", "urge", "advise", "brief");
  private static final Set<String> LIGHT_VERBS = Set.of("make", "issue", "give", "offer", "voice", "express",
      "deliver", "release", "publish");
  private static final Set<String> LIGHT_OBJECTS = Set.of("mention", "statement", "remark", "comment",
      "claim", "announcement", "warning", "promise", "pledge", "assurance", "speech", "appeal", "plea",
      "demand", "case", "argument", "point");

  private static final Set<String> CLAUSE_OPENERS = Set.of("that", "how", "whether", "why", "what", "if",
      "when", "where", "who");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");

  private final Doc doc;
  private final Lexicons lex;
  private final QuoteMask mask;

  CueFinder(Doc doc, Lexicons lex, QuoteMask mask) {
    this.doc = doc;
    this.lex = lex;
    this.mask = mask;
  }

  List<Cue> find() {
    List<Cue> cues = new ArrayList<>();
    for (Tok t : doc.toks) {
      if (mask.inQuote(t.begin)) {
        continue;
      }
      Cue cue = t.lower.equals("according") ? accordingTo(t) : verbCue(t);
      if (cue != null) {
        cues.add(cue);
      }
    }
    return cues;
  }

  private Cue accordingTo(Tok according) {
    Tok next = according.id + 1 < doc.toks.size() ? doc.tok(according.id + 1) : null;
    if (next == null || !next.lower.equals("to") || !according.rel.equals("case")) {
      return null;
    }
    Tok source = doc.head(according);
    if (source == null) {
      return null;
    }
    Tok clause = doc.head(source);
    int[] content;
    if (clause == null) {
      return null;
    }
    content = trim(doc.subtreeRange(clause, source));
    if (content == null) {
      return null;
    }
    return new Cue(according, according.begin, next.end, source, content[0], content[1], "according-to");
  }

  private Cue verbCue(Tok v) {
    if (!v.verb() || (v.pos.equals("VBN") && v.rel.startsWith("acl"))) {
      return null;
    }
    Tok particle = null;
    Lexicons.CueMode mode = null;
    if (v.id + 1 < doc.toks.size()) {
      Tok next = doc.tok(v.id + 1);
      Lexicons.CueMode phrasal = lex.cues.get(v.lemma + " " + next.lower);
      if (phrasal != null && next.sent == v.sent) {
        mode = phrasal;
        particle = next;
      }
    }
    Tok lightObject = null;
    if (mode == null) {
      mode = lex.cues.get(v.lemma);
    }
    if (mode == null && LIGHT_VERBS.contains(v.lemma)) {
      lightObject = doc.child(v, "obj");
      if (lightObject != null && LIGHT_OBJECTS.contains(lightObject.lemma)) {
        mode = Lexicons.CueMode.ANY;
      } else {
        return null;
      }
    }
    if (mode == null) {
      return null;
    }
    if (doc.child(v, "nsubj:pass", "aux:pass") != null && !v.lemma.equals("quote")) {
      return null;
    }
    Tok subject = subjectOf(v);
    if (subject == null) {
      return null;
    }
    int cueEnd = particle != null ? particle.end : v.end;
    if (lightObject != null) {
      cueEnd = Math.max(cueEnd, lightObject.end);
    }
    int[] content = null;
    String kind = "clause";
    Tok ccomp = doc.child(v, "ccomp", "parataxis");
    List<Tok> parts = new ArrayList<>();
    if (ccomp != null) {
      for (Tok c : doc.children(v, "ccomp", "parataxis")) {
        if (!anotherCueBetween(v, doc.subtreeRange(c)[0])) {
          parts.add(c);
        }
      }
    } else if (mode == Lexicons.CueMode.CLAUSE) {
      if (!Doc.matches(v.rel, "parataxis", "ccomp") || doc.head(v) == null || doc.head(v).id > v.id) {
        return null;
      }
    } else {
      if (lightObject != null) {
        parts.addAll(doc.children(lightObject, "nmod", "nmod:*", "acl", "acl:*"));
        kind = "light-verb";
      } else {
        for (Tok c : doc.children(v, "obj", "xcomp", "dep", "obl", "iobj")) {
          if ((c.rel.equals("iobj") && ADDRESSEE_VERBS.contains(v.lemma))
              || anotherCueBetween(v, doc.subtreeRange(c)[0])
              || (c.rel.equals("obj") && ADDRESSEE_VERBS.contains(v.lemma)
              && doc.child(v, "xcomp", "ccomp") == null)) {
            continue;
          }
          if (c.rel.equals("obl") && !(particle != null && doc.descends(particle, c))) {
            continue;
          }
          if (c.id > v.id) {
            parts.add(c);
          }
        }
      }
    }
    if (!parts.isEmpty()) {
      int lo = Integer.MAX_VALUE;
      int hi = -1;
      for (Tok p : parts) {
        int[] r = doc.subtreeRange(p);
        lo = Math.min(lo, r[0]);
        hi = Math.max(hi, r[1]);
      }
      content = trim(new int[] {lo, hi});
    }
    if (content == null && Doc.matches(v.rel, "parataxis", "ccomp", "dep", "advcl") && doc.head(v) != null
        && doc.head(v).id < v.id && doc.head(v).sent == v.sent) {
      content = trim(doc.subtreeRange(doc.head(v), v));
      if (content != null && content[1] > v.id) {
        content[1] = v.id - 1;
        content = trim(content);
      }
      kind = "parenthetical";
    }
    if (content == null && mode == Lexicons.CueMode.ANY && v.id + 1 < doc.sentStart.get(v.sent + 1)) {
      Tok next = doc.tok(cueEnd > v.end && particle != null ? particle.id + 1 : v.id + 1);
      if (next.sent == v.sent && CLAUSE_OPENERS.contains(next.lower) && !mask.inQuote(next.begin)) {
        content = trim(new int[] {next.id, doc.sentStart.get(v.sent + 1) - 1});
      }
    }
    if (content == null && v.rel.equals("acl:relcl")) {
      Tok noun = doc.head(v);
      Tok clause = noun == null ? null : doc.head(noun);
      if (clause != null) {
        content = trim(doc.subtreeRange(clause));
        kind = "relative";
      }
    }
    if (content != null) {
      content = cutAtNextCue(v, content);
    }
    if (content == null) {
      return new Cue(v, v.begin, cueEnd, subject, -1, -1, kind);
    }
    return new Cue(v, v.begin, cueEnd, subject, content[0], content[1], kind);
  }

  /** Is there another cue verb, outside quotes, between the cue and a token? */
  private boolean anotherCueBetween(Tok v, int tokenId) {
    for (int i = v.id + 1; i < tokenId; i++) {
      Tok t = doc.tok(i);
      if (t.verb() && lex.cues.containsKey(t.lemma) && !mask.inQuote(t.begin)) {
        return true;
      }
    }
    return false;
  }

  /** "called this agreement a first step and said, “…”": the content of "called" ends before "and said". */
  private int[] cutAtNextCue(Tok v, int[] content) {
    for (int i = Math.max(content[0], v.id + 1); i <= content[1]; i++) {
      Tok t = doc.tok(i);
      if (t.verb() && lex.cues.containsKey(t.lemma) && !mask.inQuote(t.begin) && i > v.id + 1) {
        Tok before = doc.tok(i - 1);
        if (before.lower.equals("and") || before.pos.equals(",")) {
          int[] cut = trim(new int[] {content[0], i - 2});
          return cut == null ? null : trimConjunction(cut);
        }
      }
    }
    return content;
  }

  private int[] trimConjunction(int[] range) {
    int hi = range[1];
    while (hi >= range[0] && (doc.tok(hi).pos.equals("CC") || punct(doc.tok(hi)))) {
      hi--;
    }
    return hi < range[0] ? null : new int[] {range[0], hi};
  }

  /** The nominal subject from the parse, else from word order (see {@link #linearSubject}). */
  Tok subjectOf(Tok v) {
    Tok s = dependencySubject(v);
    return s != null ? s : linearSubject(v, 0);
  }

  /**
   * Word order, for parses that miss the subject: a subject pronoun right before the cue; the speaker
   * right after a cue that follows a closing quotation mark (“…,” said X); the subject of the verb before
   * "and"; else the nearest name (PERSON/ORGANIZATION) before the cue with no verb between
   * ("Roman Lozibskyi, a soldier and member of the Ukrainian parliament, stated").
   */
  private Tok linearSubject(Tok v, int depth) {
    int start = doc.sentStart.get(v.sent);
    int i = v.id - 1;
    while (i >= start && (doc.tok(i).pos.startsWith("RB") || doc.tok(i).pos.equals("MD")
        || Set.of("has", "have", "had", "did", "does", "do", "will", "would").contains(doc.tok(i).lower))) {
      i--;
    }
    if (i < start) {
      return nounAfter(v);
    }
    Tok p = doc.tok(i);
    if (v.pos.equals("VBN") && Set.of("is", "was", "were", "are", "been", "be").contains(p.lower)) {
      return null;
    }
    if (p.pronoun() && SUBJECT_PRONOUNS.contains(p.lower)) {
      return p;
    }
    if (p.pos.equals("''") || (p.pos.equals(",") && i - 1 >= start && doc.tok(i - 1).pos.equals("''"))) {
      return nounAfter(v);
    }
    if ((p.lower.equals("and") || p.lower.equals("but")) && depth < 2) {
      for (int j = i - 1; j >= start; j--) {
        Tok u = doc.tok(j);
        if (u.verb() && !mask.inQuote(u.begin)) {
          Tok s = dependencySubject(u);
          return s != null ? s : linearSubject(u, depth + 1);
        }
      }
      return null;
    }
    for (int j = v.id - 1; j >= start; j--) {
      Tok t = doc.tok(j);
      if (mask.inQuote(t.begin) || t.verb() || t.pos.equals("WP") || t.pos.equals("WDT")) {
        break;
      }
      if (t.ner.equals("PERSON") || t.ner.equals("ORGANIZATION")) {
        return t;
      }
    }
    if (p.pos.startsWith("NN") && !mask.inQuote(p.begin)) {
      return p;
    }
    return null;
  }

  /** The head of the noun phrase right after the cue: "said a Polish defense enterprise director who ...". */
  private Tok nounAfter(Tok v) {
    int end = doc.sentStart.get(v.sent + 1);
    Tok head = null;
    for (int j = v.id + 1; j < end; j++) {
      Tok t = doc.tok(j);
      if (t.pos.startsWith("NN") || (t.pronoun() && SUBJECT_PRONOUNS.contains(t.lower))) {
        head = t;
        if (t.pronoun()) {
          break;
        }
      } else if (head != null || !(t.pos.equals("DT") || t.pos.startsWith("JJ") || t.pos.equals("POS")
          || t.pos.equals("PRP$") || t.pos.equals("CD") || t.pos.equals("HYPH"))) {
        break;
      }
    }
    return head;
  }

  /** The nominal subject, through conjoined and controlled verbs; null for none. */
  private Tok dependencySubject(Tok v) {
    Tok x = v;
    for (int hops = 0; x != null && hops < 4; hops++) {
      Tok s = doc.child(x, "nsubj");
      if (s != null) {
        return s;
      }
      if (doc.child(x, "nsubj:pass") != null) {
        return null;
      }
      if (Doc.matches(x.rel, "conj", "xcomp") || (x.rel.equals("advcl") && x.pos.equals("VBG"))) {
        x = doc.head(x);
      } else if (x.rel.startsWith("acl") && x.pos.equals("VBG")) {
        return doc.head(x);
      } else {
        return null;
      }
    }
    return null;
  }

  /** Drops punctuation and quote marks at both ends; null when nothing is left. */
  private int[] trim(int[] range) {
    int lo = range[0];
    int hi = range[1];
    while (lo <= hi && punct(doc.tok(lo))) {
      lo++;
    }
    while (hi >= lo && punct(doc.tok(hi))) {
      hi--;
    }
    return lo > hi ? null : new int[] {lo, hi};
  }

  private static boolean punct(Tok t) {
    return t.pos.equals(",") || t.pos.equals(":") || t.pos.equals(".") || t.pos.equals("``")
        || t.pos.equals("''") || t.pos.equals("-LRB-") || t.pos.equals("-RRB-") || t.lower.equals("—");
  }
}
