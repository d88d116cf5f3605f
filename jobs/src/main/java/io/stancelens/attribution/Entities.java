package io.stancelens.attribution;

import io.stancelens.attribution.Doc.Tok;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people, organisations and descriptions of one article: runs of PERSON / ORGANIZATION tokens from
 * CoreNLP's NER, clustered by last name into canonical names ("Putin" -> "Vladimir Putin"), and the
 * descriptions each person is introduced with ("Russian President", "a former soldier", "a soldier and
 * member of the Ukrainian parliament"), so "the former soldier" can be resolved to the person.
 */
final class Entities {

  /** A run of PERSON or ORGANIZATION tokens. */
  record Run(int first, int last, String type, String text, int begin, int end, boolean inQuote) {}

  /** A description a person was introduced with: its words and where. */
  record Description(String person, Set<String> words, int begin) {}

  final List<Run> persons = new ArrayList<>();
  final List<Run> organizations = new ArrayList<>();
  final List<Description> descriptions = new ArrayList<>();
  private final Map<String, String> canonicalByLastName = new HashMap<>();
  private final Map<String, Character> genderByCanonical = new HashMap<>();
  private final Doc doc;
  private final Lexicons lex;

  Entities(Doc doc, Lexicons lex, QuoteMask mask) {
    this.doc = doc;
    this.lex = lex;
    List<Tok> toks = doc.toks;
    int i = 0;
    while (i < toks.size()) {
      Tok t = toks.get(i);
      String type = t.ner;
      if (!type.equals("PERSON") && !type.equals("ORGANIZATION")) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < toks.size() && toks.get(j + 1).ner.equals(type) && toks.get(j + 1).sent == t.sent) {
        j++;
      }
      int first = i;
      // Drop titles CoreNLP sometimes tags as part of a name.
      while (first < j && type.equals("PERSON") && isTitle(toks.get(first).lower)) {
        first++;
      }
      int last = j;
      while (last > first && (toks.get(last).lower.equals("'s") || toks.get(last).lower.equals("’s"))) {
        last--;
      }
      Run run = new Run(first, last, type, doc.span(toks.get(first).begin, toks.get(last).end),
          toks.get(first).begin, toks.get(last).end, mask.inQuote(toks.get(first).begin));
      (type.equals("PERSON") ? persons : organizations).add(run);
      i = j + 1;
    }
    // Canonical person names: the longest name with each last name.
    for (Run p : persons) {
      String key = SpeakerNames.lastNameKey(p.text());
      String current = canonicalByLastName.get(key);
      if (current == null || SpeakerNames.nameTokens(p.text()).size() > SpeakerNames.nameTokens(current).size()) {
        canonicalByLastName.put(key, p.text());
      }
    }
    for (String canonical : canonicalByLastName.values()) {
      List<String> tokens = SpeakerNames.nameTokens(canonical);
      if (tokens.size() > 1) {
        Character g = lex.genderOfFirstName(tokens.get(0));
        if (g != null) {
          genderByCanonical.put(canonical, g);
        }
      }
    }
    for (Run p : persons) {
      if (!p.inQuote()) {
        describe(p);
      }
    }
  }

  private static boolean isTitle(String w) {
    return Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "president", "sen.", "rep.", "gov.",
        "gen.", "lt.", "col.", "sir").contains(w);
  }

  /** The canonical form of a person name found in this article. */
  String canonicalPerson(String name) {
    String c = canonicalByLastName.get(SpeakerNames.lastNameKey(name));
    return c != null && SpeakerNames.samePerson(name, c) ? c : name;
  }

  Character gender(String canonical) {
    return genderByCanonical.get(canonical);
  }

  Run personRunAt(Tok t) {
    for (Run p : persons) {
      if (t.id >= p.first() && t.id <= p.last()) {
        return p;
      }
    }
    return null;
  }

  Run organizationRunAt(Tok t) {
    for (Run o : organizations) {
      if (t.id >= o.first() && t.id <= o.last()) {
        return o;
      }
    }
    return null;
  }

  /** Collects what the person is described as: title words, appositions, "X is a former soldier". */
  private void describe(Run p) {
    Tok head = doc.tok(p.last());
    // The name's head may be another token of the run; climb within the run.
    while (head.head >= 0 && head.head >= p.first() && head.head <= p.last()) {
      head = doc.tok(head.head);
    }
    String canonical = canonicalPerson(p.text());
    Set<String> words = new LinkedHashSet<>();
    for (Tok c : doc.children(head, "compound", "amod", "nmod:poss")) {
      if (c.id < p.first()) {
        addNounPhraseWords(c, words);
      }
    }
    for (Tok a : doc.children(head, "appos")) {
      addNounPhraseWords(a, words);
      for (Tok conj : doc.children(a, "conj")) {
        addNounPhraseWords(conj, words);
      }
    }
    if (Doc.matches(head.rel, "nsubj")) {
      Tok pred = doc.head(head);
      if (pred != null && pred.noun() && !doc.children(pred, "cop").isEmpty()) {
        addNounPhraseWords(pred, words);
      }
    }
    if (head.rel.equals("appos")) {
      Tok gov = doc.head(head);
      if (gov != null && gov.noun()) {
        addNounPhraseWords(gov, words);
      }
    }
    words.removeIf(w -> w.isEmpty());
    if (!words.isEmpty()) {
      descriptions.add(new Description(canonical, words, p.begin()));
    }
  }

  private void addNounPhraseWords(Tok noun, Set<String> words) {
    words.add(noun.lower);
    Set<Integer> seen = new HashSet<>();
    for (Tok c : doc.children(noun, "compound", "amod", "nmod:poss", "flat")) {
      if (c.id < noun.id && seen.add(c.id) && !c.ner.equals("PERSON")) {
        words.add(c.lower);
        for (Tok cc : doc.children(c, "compound", "flat")) {
          words.add(cc.lower);
        }
      }
    }
  }

  /**
   * The person a definite description names: the head noun must be the described role (or its synonym,
   * "leader" for "president"), and place words must agree ("the Russian leader" is not the Ukrainian
   * president). Most matching modifiers first, then the latest introduction before the mention.
   */
  String resolveDescription(String headNoun, List<String> modifiers, int at) {
    Description best = null;
    int bestScore = -1;
    for (Description d : descriptions) {
      boolean headMatch = d.words().stream().anyMatch(w -> lex.sameRole(w, headNoun));
      if (!headMatch) {
        continue;
      }
      int score = 0;
      boolean placeClash = false;
      for (String m : modifiers) {
        boolean matched = d.words().stream().anyMatch(w -> w.equals(m) || lex.samePlace(w, m));
        if (matched) {
          score++;
        } else if (lex.placeGroup.containsKey(m)) {
          placeClash = true;
        }
      }
      if (placeClash) {
        continue;
      }
      score = score * 2 + (d.begin() < at ? 1 : 0);
      if (score > bestScore || (score == bestScore && d.begin() < at)) {
        best = d;
        bestScore = score;
      }
    }
    return best == null ? null : best.person();
  }
}
