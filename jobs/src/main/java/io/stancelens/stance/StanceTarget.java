package io.stancelens.stance;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A stance target read from configuration ({@code models/targets/NAME.properties}): its name, description
 * and the phrases and lemmas that mention it. No code names a target.
 *
 * @param name        id written to the tables' {@code target} column
 * @param description what the target is and what FAVOR / AGAINST mean for it
 * @param terms       phrases, each a list of lower-case words matched on a token's word or lemma
 * @param lemmas      single lemmas that mention the target on their own
 * @param model       the stance model that scores this target, a path relative to the checkout (the
 *                    {@code model} key: a target with labelled data of its own names its target model);
 *                    null: the generic model ({@link StanceDefaults#MODEL_DIR})
 */
public record StanceTarget(String name, String description, List<List<String>> terms, Set<String> lemmas,
                           String model) implements Serializable {

  /** A target scored by the generic model. */
  public StanceTarget(String name, String description, List<List<String>> terms, Set<String> lemmas) {
    this(name, description, terms, lemmas, null);
  }

  /** Reads a target file; a clear error names the file and the missing key. */
  public static StanceTarget load(Path file) {
    Properties props = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stance target " + file, e);
    }
    String name = required(props, "name", file);
    String description = required(props, "description", file);
    List<List<String>> terms = new ArrayList<>();
    List<String> lemmaList = split(props.getProperty("lemmas", ""));
    for (String term : split(props.getProperty("terms", ""))) {
      addWithVariants(terms, term);
    }
    for (String lemma : lemmaList) {
      if (lemma.contains("-")) {
        addWithVariants(terms, lemma);
      }
    }
    // Longest first, so a mention covers "silence in the sky and at sea" rather than its prefix.
    terms.sort(Comparator.comparingInt((List<String> t) -> t.size()).reversed());
    Set<String> lemmas = new TreeSet<>(lemmaList);
    if (terms.isEmpty() && lemmas.isEmpty()) {
      throw new IllegalArgumentException("stance target " + file + " names no terms and no lemmas");
    }
    String model = props.getProperty("model");
    model = model == null || model.isBlank() ? null : model.trim();
    return new StanceTarget(name, description, List.copyOf(terms), Set.copyOf(lemmas), model);
  }

  /**
   * A phrase as words, and, when it has a hyphenated word, also with the hyphen as a word of its own:
   * CoreNLP splits "cease-fire" into "cease", "-", "fire".
   */
  private static void addWithVariants(List<List<String>> terms, String term) {
    List<String> words = Arrays.asList(term.split("\\s+"));
    if (!terms.contains(words)) {
      terms.add(words);
    }
    if (term.contains("-")) {
      List<String> split = Arrays.asList(term.replace("-", " - ").trim().split("\\s+"));
      if (!terms.contains(split)) {
        terms.add(split);
      }
    }
  }

  /**
   * The target's mentions among the tokens, as [first, last+1) token index ranges, not overlapping,
   * left to right.
   */
  public List<int[]> mentions(List<CoreLabel> tokens) {
    List<int[]> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int length = matchAt(tokens, i);
      if (length > 0) {
        found.add(new int[] {i, i + length});
        i += length;
      } else {
        i++;
      }
    }
    return found;
  }

  private int matchAt(List<CoreLabel> tokens, int start) {
    for (List<String> term : terms) {
      if (start + term.size() <= tokens.size() && matches(term, tokens, start)) {
        return term.size();
      }
    }
    return lemmas.contains(Tokens.lemma(tokens.get(start))) || lemmas.contains(Tokens.word(tokens.get(start)))
        ? 1 : 0;
  }

  private static boolean matches(List<String> term, List<CoreLabel> tokens, int start) {
    for (int k = 0; k < term.size(); k++) {
      CoreLabel token = tokens.get(start + k);
      String w = term.get(k);
      if (!w.equals(Tokens.word(token)) && !w.equals(Tokens.lemma(token))) {
        return false;
      }
    }
    return true;
  }

  private static String required(Properties props, String key, Path file) {
    String value = props.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("stance target " + file + " has no '" + key + "'");
    }
    return value.trim().replaceAll("\\s+", " ");
  }

  private static List<String> split(String list) {
    List<String> items = new ArrayList<>();
    for (String item : list.split(",")) {
      String trimmed = item.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      if (!trimmed.isEmpty()) {
        items.add(trimmed);
      }
    }
    return items;
  }
}
