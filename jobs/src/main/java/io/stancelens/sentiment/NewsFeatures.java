package io.stancelens.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text features of the news sentiment model, computed the same way at training and at run time:
 * lower-cased word terms with negation scope marked (a word after a negator, up to the next punctuation,
 * becomes {@code not_word}), and lexicon scores from the VADER lexicon, where a word in negation scope has
 * its valence flipped and damped by VADER's factor -0.74.
 *
 * @param terms   terms for the TF-IDF n-grams
 * @param lexicon the {@link #LEXICON_FEATURES} in that order
 */
public record NewsFeatures(List<String> terms, double[] lexicon) {

  /** Names of the lexicon features, in the order of {@link #lexicon()}. */
  public static final List<String> LEXICON_FEATURES = List.of(
      "valence_sum", "valence_sum_normalized", "positive_sum", "negative_sum", "lexicon_hit_share",
      "negators", "min_valence", "max_valence", "mean_valence");

  /** VADER's damping of a negated word's valence. */
  static final double NEGATED_SCALAR = -0.74;

  private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*|\\p{N}+|[.,;:!?]");
  private static final Set<String> NEGATORS = Set.of("not", "no", "never", "none", "nobody", "nothing",
      "neither", "nor", "nowhere", "without", "cannot", "hardly", "rarely", "seldom", "barely", "scarcely",
      "lack", "lacks", "lacked", "lacking", "n't", "ain't", "aint");

  public static NewsFeatures of(String text) {
    VaderLexicon lexicon = VaderLexicon.get();
    List<String> terms = new ArrayList<>();
    double sum = 0;
    double positive = 0;
    double negative = 0;
    double min = 0;
    double max = 0;
    int words = 0;
    int hits = 0;
    int negators = 0;
    boolean negated = false;
    Matcher m = TOKEN.matcher(text.replace('’', '\''));
    while (m.find()) {
      String token = m.group().toLowerCase(Locale.ROOT);
      if (token.length() == 1 && ".,;:!?".indexOf(token.charAt(0)) >= 0) {
        negated = false;
        if (token.equals("!") || token.equals("?")) {
          terms.add(token);
        }
        continue;
      }
      words++;
      if (isNegator(token)) {
        negators++;
        negated = true;
        terms.add(token);
        continue;
      }
      terms.add(negated ? "not_" + token : token);
      if (lexicon.contains(token)) {
        double v = lexicon.valence(token) * (negated ? NEGATED_SCALAR : 1.0);
        hits++;
        sum += v;
        if (v > 0) {
          positive += v;
        } else {
          negative += v;
        }
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    double normalized = sum / Math.sqrt(sum * sum + 15);
    double[] features = {sum, normalized, positive, negative, words == 0 ? 0 : hits / (double) words,
        negators, min, max, words == 0 ? 0 : sum / words};
    return new NewsFeatures(List.copyOf(terms), features);
  }

  /** Spark's English stop words (the list of {@code StopWordsRemover}), left out of {@link #vectors}. */
  private static final Set<String> STOP_WORDS = Set.of(
      org.apache.spark.ml.feature.StopWordsRemover.loadDefaultStopWords("english"));

  /**
   * The words {@link #vectors} averages: the snippet's word tokens as written (same tokenizer as
   * {@link #terms}), without punctuation and without stop words (case-insensitive).
   */
  public static List<String> vectorWords(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.replace('’', '\''));
    while (m.find()) {
      String token = m.group();
      if (token.length() == 1 && ".,;:!?".indexOf(token.charAt(0)) >= 0) {
        continue;
      }
      if (!STOP_WORDS.contains(token.toLowerCase(Locale.ROOT))) {
        words.add(token);
      }
    }
    return words;
  }

  /**
   * The word-vector features: the unit-normalised mean of CoreNLP's 50-d word vectors
   * ({@link io.stancelens.nlp.WordVectors}) over the {@link #vectorWords}; zeros when none is known.
   */
  public static double[] vectors(String text) {
    return io.stancelens.nlp.WordVectors.get().meanUnit(vectorWords(text));
  }

  static boolean isNegator(String token) {
    return NEGATORS.contains(token) || token.endsWith("n't");
  }
}
