package io.stancelens.stance;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Canonical names of the actors of author clauses within one article: a short mention becomes the longest
 * proper name in the article that ends with it ("Putin" -> "Vladimir Putin", titles dropped), and a few
 * country forms become the country ("the US", "the Americans" -> "United States").
 */
public final class ActorNames {

  private static final Map<String, String> COUNTRY_FORMS = Map.ofEntries(
      Map.entry("us", "United States"), Map.entry("u.s.", "United States"), Map.entry("u.s", "United States"),
      Map.entry("usa", "United States"), Map.entry("america", "United States"),
      Map.entry("americans", "United States"), Map.entry("united states", "United States"),
      Map.entry("russians", "Russia"), Map.entry("ukrainians", "Ukraine"),
      Map.entry("europeans", "Europe"), Map.entry("eu", "European Union"));

  private static final Set<String> TITLES = Set.of("president", "prime", "minister", "mr.", "mrs.", "ms.",
      "dr.", "lt.", "col.", "gen.", "secretary", "chancellor", "leader", "sen.", "rep.", "gov.", "king",
      "pope", "general", "spokesman", "spokeswoman");

  private final List<List<String>> names;

  private ActorNames(List<List<String>> names) {
    this.names = names;
  }

  /** The proper-name chains of the article's sentences. */
  public static ActorNames of(List<CoreMap> sentences) {
    List<List<String>> names = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<String> chain = new ArrayList<>();
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        if (token.tag() != null && token.tag().startsWith("NNP")) {
          chain.add(token.word());
        } else {
          addChain(names, chain);
          chain = new ArrayList<>();
        }
      }
      addChain(names, chain);
    }
    return new ActorNames(names);
  }

  private static void addChain(List<List<String>> names, List<String> chain) {
    int start = 0;
    for (int i = 0; i < chain.size(); i++) {
      if (TITLES.contains(chain.get(i).toLowerCase(Locale.ROOT))) {
        start = i + 1;
      }
    }
    if (start < chain.size()) {
      names.add(List.copyOf(chain.subList(start, chain.size())));
    }
  }

  /** The canonical name of a mention (words of a proper-name chain). */
  public String canonical(List<String> mention) {
    String joined = String.join(" ", mention);
    String country = COUNTRY_FORMS.get(joined.toLowerCase(Locale.ROOT));
    if (country != null) {
      return country;
    }
    List<String> best = mention;
    for (List<String> name : names) {
      if (name.size() > best.size() && endsWith(name, mention)) {
        best = name;
      }
    }
    return String.join(" ", best);
  }

  private static boolean endsWith(List<String> name, List<String> mention) {
    int offset = name.size() - mention.size();
    for (int i = 0; i < mention.size(); i++) {
      if (!name.get(offset + i).equals(mention.get(i))) {
        return false;
      }
    }
    return true;
  }
}
