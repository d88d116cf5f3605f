package io.stancelens.attribution;

import io.stancelens.attribution.Doc.Tok;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the subject of a cue into a speaker with news rules: names to the article's canonical name;
 * pronouns to the most recent compatible person outside quotes; definite descriptions ("the former
 * soldier") to the person introduced with that description; indefinite ones ("a Polish defense
 * enterprise director") kept as unnamed sources; organisations by NER or the organisation lexicon,
 * also when they are the owner of a document ("The White House readout").
 */
final class SpeakerResolver {

  private static final Set<String> MALE = Set.of("he", "him", "his");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers");
  private static final Set<String> PLURAL = Set.of("they", "them");
  private static final Set<String> RELATIVE = Set.of("who", "that", "which", "whom");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those",
      "another", "one", "some", "two", "three", "several", "many");

  private final Doc doc;
  private final Lexicons lex;
  private final Entities entities;
  private final QuoteMask mask;

  SpeakerResolver(Doc doc, Lexicons lex, Entities entities, QuoteMask mask) {
    this.doc = doc;
    this.lex = lex;
    this.entities = entities;
    this.mask = mask;
  }

  /** The speaker named by the nominal {@code head}; {@code cue} is the verb it is the subject of. */
  Speaker resolve(Tok head, Tok cue) {
    int[] span = mentionSpan(head);
    int begin = doc.tok(span[0]).begin;
    int end = doc.tok(span[1]).end;
    String mention = doc.span(begin, end);
    Speaker s = resolveNominal(head, cue, span);
    return s.withMention(begin, end, mention);
  }

  private Speaker resolveNominal(Tok head, Tok cue, int[] span) {
    String w = head.lower;
    if (RELATIVE.contains(w) && cue != null && cue.rel.startsWith("acl")) {
      Tok antecedent = doc.head(cue);
      if (antecedent != null) {
        Speaker s = resolveNominal(antecedent, null, mentionSpan(antecedent));
        return new Speaker(-1, -1, null, s.name(), s.type(), "relative-" + s.how(), s.confidence() * 0.95);
      }
    }
    if (head.pronoun()) {
      return pronoun(head);
    }
    // Named person: a PERSON run in the mention (the head's own run first).
    Entities.Run person = entities.personRunAt(head);
    if (person == null) {
      for (int i = span[0]; i <= span[1] && person == null; i++) {
        person = entities.personRunAt(doc.tok(i));
      }
    }
    String org = lexiconOrganization(span);
    Entities.Run orgRun = entities.organizationRunAt(head);
    boolean document = lex.documentNouns.contains(head.lemma);
    if (person != null && !document) {
      return new Speaker(-1, -1, null, entities.canonicalPerson(person.text()), Statement.PERSON, "name", 0.95);
    }
    if (org != null) {
      return new Speaker(-1, -1, null, org, Statement.ORGANIZATION, document ? "document-owner" : "organization",
          0.9);
    }
    if (orgRun == null && document) {
      for (int i = span[0]; i <= span[1] && orgRun == null; i++) {
        orgRun = entities.organizationRunAt(doc.tok(i));
      }
      if (orgRun == null && person != null) {
        return new Speaker(-1, -1, null, entities.canonicalPerson(person.text()), Statement.PERSON,
            "document-owner", 0.85);
      }
    }
    if (orgRun != null) {
      return new Speaker(-1, -1, null, stripDeterminer(orgRun.text()), Statement.ORGANIZATION, "organization",
          0.9);
    }
    // A description: definite ones may name a person introduced earlier.
    List<String> modifiers = new ArrayList<>();
    boolean definite = false;
    boolean indefinite = false;
    for (int i = span[0]; i <= span[1]; i++) {
      Tok t = doc.tok(i);
      if (t.id == head.id) {
        continue;
      }
      if (t.pos.equals("DT") || t.pos.equals("PRP$") || t.pos.equals("CD")) {
        definite |= t.lower.equals("the") || t.lower.equals("this") || t.lower.equals("that");
        indefinite |= t.lower.equals("a") || t.lower.equals("an") || t.lower.equals("one")
            || t.lower.equals("another") || t.lower.equals("some") || t.pos.equals("CD");
      } else if (!t.pos.equals("POS") && !t.pos.startsWith("``") && !t.pos.equals(",")) {
        modifiers.add(t.lower);
      }
    }
    boolean personNoun = lex.personNouns.contains(head.lower) || lex.personNouns.contains(head.lemma);
    if (definite && !head.properNoun()) {
      String named = entities.resolveDescription(head.lemma, modifiers, head.begin);
      if (named == null && !head.lemma.equals(head.lower)) {
        named = entities.resolveDescription(head.lower, modifiers, head.begin);
      }
      if (named != null) {
        return new Speaker(-1, -1, null, named, Statement.PERSON, "description", 0.8);
      }
    }
    String described = stripDeterminer(doc.span(doc.tok(span[0]).begin, doc.tok(span[1]).end));
    String type = personNoun ? Statement.PERSON
        : lex.organizationNouns.contains(head.lemma) ? Statement.ORGANIZATION : Statement.UNKNOWN;
    if (head.properNoun() && !indefinite) {
      return new Speaker(-1, -1, null, described, type, "proper-noun", 0.7);
    }
    return new Speaker(-1, -1, null, described, type, indefinite || head.pos.endsWith("S") ? "unnamed" : "description-unresolved",
        0.7);
  }

  /** he/she -> the most recent compatible person named outside quotes; they/it -> the latest organisation. */
  Speaker pronoun(Tok pronoun) {
    String w = pronoun.lower;
    if (MALE.contains(w) || FEMALE.contains(w)) {
      char gender = MALE.contains(w) ? 'M' : 'F';
      Entities.Run best = null;
      for (Entities.Run p : entities.persons) {
        if (p.begin() >= pronoun.begin || p.inQuote()) {
          continue;
        }
        String canonical = entities.canonicalPerson(p.text());
        Character g = entities.gender(canonical);
        if (g != null && g != gender) {
          continue;
        }
        best = p;
      }
      if (best != null) {
        int distance = pronoun.sent - doc.tok(best.first()).sent;
        double confidence = distance <= 2 ? 0.85 : distance <= 6 ? 0.7 : 0.5;
        return new Speaker(-1, -1, null, entities.canonicalPerson(best.text()), Statement.PERSON, "pronoun",
            confidence);
      }
      return new Speaker(-1, -1, null, null, Statement.PERSON, "pronoun-unresolved", 0.4);
    }
    if (PLURAL.contains(w) || w.equals("it")) {
      Entities.Run best = null;
      for (Entities.Run o : entities.organizations) {
        if (o.begin() < pronoun.begin && !o.inQuote() && pronoun.sent - doc.tok(o.first()).sent <= 2) {
          best = o;
        }
      }
      if (best != null) {
        return new Speaker(-1, -1, null, stripDeterminer(best.text()), Statement.ORGANIZATION, "pronoun", 0.6);
      }
    }
    return new Speaker(-1, -1, null, null, Statement.UNKNOWN, "pronoun-unresolved", 0.4);
  }

  /** The longest organisation-lexicon entry spelled by consecutive tokens of the mention. */
  private String lexiconOrganization(int[] span) {
    String best = null;
    int bestLength = 0;
    for (int i = span[0]; i <= span[1]; i++) {
      StringBuilder phrase = new StringBuilder();
      for (int j = i; j <= span[1] && j < i + 4; j++) {
        if (j > i) {
          phrase.append(' ');
        }
        phrase.append(SpeakerNames.fold(doc.tok(j).word));
        String hit = lex.organizations.get(phrase.toString().trim());
        if (hit != null && j - i + 1 > bestLength) {
          best = hit;
          bestLength = j - i + 1;
        }
      }
    }
    return best;
  }

  /**
   * The tokens of the noun phrase naming the speaker: the head with its determiners, possessives,
   * adjectives, compounds and flat name parts, without relative clauses or appositions.
   */
  int[] mentionSpan(Tok head) {
    int lo = head.id;
    int hi = head.id;
    for (Tok c : doc.children(head, "compound", "flat", "flat:*", "amod", "det", "nmod:poss", "nummod",
        "compound:*", "det:*", "case")) {
      if (c.rel.equals("case") && !(c.lower.equals("'s") || c.lower.equals("’s"))) {
        continue;
      }
      int[] r = doc.subtreeRange(c);
      if (c.id < head.id) {
        lo = Math.min(lo, r[0]);
      } else if (!c.rel.startsWith("amod")) {
        hi = Math.max(hi, r[1]);
      }
    }
    // Keep the span inside one sentence and outside quotes.
    while (lo < head.id && (mask.inQuote(doc.tok(lo).begin) || doc.tok(lo).sent != head.sent)) {
      lo++;
    }
    while (hi > head.id && (mask.inQuote(doc.tok(hi).begin) || doc.tok(hi).sent != head.sent)) {
      hi--;
    }
    return new int[] {lo, hi};
  }

  static String stripDeterminer(String s) {
    String t = s.strip();
    for (String d : DETERMINERS) {
      if (t.toLowerCase().startsWith(d + " ")) {
        return t.substring(d.length() + 1).strip();
      }
    }
    return t;
  }
}
