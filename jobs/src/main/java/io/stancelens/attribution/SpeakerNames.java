package io.stancelens.attribution;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of speakers made comparable: accents, case, titles and transliteration variants folded
 * ("Zelenskyy", "Zelenskiy" and "Zelensky" give one key), and canonical names chosen across articles
 * ("Putin" in one article and "Vladimir Putin" in another are one speaker).
 */
public final class SpeakerNames {

  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen",
      "president", "prime", "minister", "senator", "secretary", "sir", "lord", "lady", "the", "a", "an",
      "former", "late", "u.s.", "us");

  private SpeakerNames() {}

  /** Lower case, no accents, no punctuation except inner hyphens, single spaces. */
  public static String fold(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    s = s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s\\b", "");
    s = s.replaceAll("[^\\p{L}\\p{N}\\- ]", " ").replaceAll("\\s+", " ").trim();
    return s;
  }

  /** The tokens of a person's name without titles, each with spelling variants folded. */
  public static List<String> nameTokens(String name) {
    List<String> out = new ArrayList<>();
    for (String t : fold(name).split(" ")) {
      if (!t.isEmpty() && !TITLES.contains(t)) {
        out.add(variant(t));
      }
    }
    return out;
  }

  /** Transliteration variants: Zelenskyy/Zelenskiy/Zelenskii -> zelensky; doubled final letters folded. */
  static String variant(String token) {
    String t = token;
    t = t.replaceAll("(iy|yy|ii|yi|ij)$", "y");
    t = t.replaceAll("(.)\\1$", "$1");
    return t;
  }

  /** Key of a person by the last token of the name: "Russian President Vladimir Putin" -> "putin". */
  public static String lastNameKey(String name) {
    List<String> tokens = nameTokens(name);
    return tokens.isEmpty() ? fold(name) : tokens.get(tokens.size() - 1);
  }

  /** Key of any speaker: folded tokens, titles dropped for persons. */
  public static String key(String name, String type) {
    if (Statement.PERSON.equals(type)) {
      return String.join(" ", nameTokens(name));
    }
    return fold(name).replaceAll("^(the|a|an) ", "");
  }

  /** Does a short person name ("Putin", "Mr. Trump") name the same person as a longer one? */
  public static boolean samePerson(String shorter, String longer) {
    List<String> a = nameTokens(shorter);
    List<String> b = nameTokens(longer);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (!a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
      return false;
    }
    return b.containsAll(a) || a.containsAll(b);
  }

  /**
   * Canonical name for each (name, type) across articles. Persons: names sharing a last name merge into
   * the most frequent multi-token form when no two different full names share it (so "Putin" joins
   * "Vladimir Putin", but "Hillary Clinton" and "Bill Clinton" stay apart and a bare "Clinton" stays as
   * is). Other types merge by folded key, most frequent spelling first.
   *
   * @param counts how often each name occurs, keyed by {@code type + "\t" + name}
   * @return canonical name keyed the same way
   */
  public static Map<String, String> canonicalize(Map<String, Long> counts) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (String typed : counts.keySet()) {
      String[] f = typed.split("\t", 2);
      String group = Statement.PERSON.equals(f[0]) ? f[0] + "\t" + lastNameKey(f[1]) : f[0] + "\t" + key(f[1], f[0]);
      groups.computeIfAbsent(group, g -> new ArrayList<>()).add(typed);
    }
    Map<String, String> canonical = new HashMap<>();
    for (Map.Entry<String, List<String>> e : groups.entrySet()) {
      boolean person = e.getKey().startsWith(Statement.PERSON + "\t");
      if (person) {
        canonicalizePersons(e.getValue(), counts, canonical);
      } else {
        String best = mostFrequent(e.getValue(), counts, false);
        for (String typed : e.getValue()) {
          canonical.put(typed, best.split("\t", 2)[1]);
        }
      }
    }
    return canonical;
  }

  private static void canonicalizePersons(List<String> typedNames, Map<String, Long> counts,
                                          Map<String, String> canonical) {
    Map<String, List<String>> byFullKey = new LinkedHashMap<>();
    for (String typed : typedNames) {
      String name = typed.split("\t", 2)[1];
      if (nameTokens(name).size() > 1) {
        byFullKey.computeIfAbsent(String.join(" ", nameTokens(name)), k -> new ArrayList<>()).add(typed);
      }
    }
    Map<String, String> fullCanonical = new HashMap<>();
    for (List<String> same : byFullKey.values()) {
      String best = mostFrequent(same, counts, false).split("\t", 2)[1];
      same.forEach(typed -> fullCanonical.put(typed, best));
    }
    List<String> distinctFull = new ArrayList<>(new java.util.LinkedHashSet<>(fullCanonical.values()));
    for (String typed : typedNames) {
      String name = typed.split("\t", 2)[1];
      String target = fullCanonical.get(typed);
      if (target == null) {
        List<String> compatible = distinctFull.stream().filter(full -> samePerson(name, full)).toList();
        target = compatible.size() == 1 ? compatible.get(0) : name;
      }
      canonical.put(typed, target);
    }
  }

  private static String mostFrequent(Collection<String> typedNames, Map<String, Long> counts, boolean longest) {
    return typedNames.stream()
        .max((x, y) -> {
          int c = Long.compare(counts.getOrDefault(x, 0L), counts.getOrDefault(y, 0L));
          return c != 0 ? c : y.compareTo(x);
        })
        .orElseThrow();
  }

  static List<String> words(String s) {
    return Arrays.asList(fold(s).split(" "));
  }
}
