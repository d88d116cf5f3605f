package io.stancelens.stance;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import io.stancelens.nlp.WordVectors;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ejml.simple.SimpleMatrix;

/**
 * The stance model's input for one span of one parsed sentence, relative to a target: binary feature names
 * and the sentence's RNTN sentiment. Plain Java over a CoreNLP sentence annotated by the run pipeline
 * (tokens, POS, the parse's basic dependencies, the sentiment tree).
 *
 * <p>Features: {@code TARGET|u:}/{@code TARGET|b:} lemma uni- and bigrams of the span (punctuation and
 * determiners other than negating ones left out) with each target mention masked as {@code <t>}, namespaced
 * by the target's name because what they say depends on the target (the only target-specific group: a
 * target the model was not trained on is scored on the generic features alone); for each mention, the dependency path from it up to the top of the span: the relation and
 * governor ({@code rel:}, {@code gov:}, {@code pred:}), and on the path cue verbs, negation, refusal,
 * support, conditions, restrictions and modals ({@code path_*}), with their composed direction
 * ({@code dir:favor} / {@code dir:against}: each negator or refusal flips it); the mention's own
 * modifiers ({@code t_neg}, {@code t_restrict}, {@code t_full}); and span-wide flags ({@code *_any}).
 */
public final class StanceFeatures {

  public static final String MASK = "<t>";

  /**
   * @param terms     feature names, each once
   * @param sentiment the sentence's RNTN class probabilities, very_negative first
   * @param mentions  target mentions as token ranges of the sentence (0-based, end exclusive)
   */
  public record Extracted(List<String> terms, double[] sentiment, List<int[]> mentions, double[] vectors)
      implements Serializable {
    /** Features without word vectors (what a model without a vectors input reads). */
    public Extracted(List<String> terms, double[] sentiment, List<int[]> mentions) {
      this(terms, sentiment, mentions, null);
    }

    public boolean relevant() {
      return !mentions.isEmpty();
    }
  }

  /**
   * Size of the word-vector block ({@link #vectors}): five unit vectors of {@link WordVectors}' 50-d vectors:
   * the means over the span's content words, the words around the target mentions, the words on their
   * dependency paths and the mentions' own words ("climate change" or "global warming"), and the element-wise
   * maximum over the span's content words.
   */
  public static final int VECTOR_SIZE = 5 * WordVectors.DIMENSIONS;

  /** Words either side of a mention that make up its context for {@link #vectors}. */
  static final int VECTOR_WINDOW = 4;

  private StanceFeatures() {}

  /** Features of the whole sentence. */
  public static Extracted of(CoreMap sentence, StanceTarget target) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    return of(sentence, target, 0, tokens.size());
  }

  /** Features of tokens [from, to) of the sentence. */
  public static Extracted of(CoreMap sentence, StanceTarget target, int from, int to) {
    return of(sentence, target, from, to, false);
  }

  /** Features of tokens [from, to) of the sentence, with the word vectors when {@code withVectors}. */
  public static Extracted of(CoreMap sentence, StanceTarget target, int from, int to, boolean withVectors) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    Extracted e = of(sentence, target.name(), target.mentions(tokens), from, to);
    return withVectors ? new Extracted(e.terms(), e.sentiment(), e.mentions(), vectors(sentence, e.mentions(), from, to))
        : e;
  }

  /**
   * The word-vector block of tokens [from, to) (see {@link #VECTOR_SIZE}), five unit vectors: the mean of the
   * span's content words outside the mentions; of those within {@value #VECTOR_WINDOW} tokens of a mention;
   * of the words on the dependency path from each mention's head up to the top of the span, with the head's
   * own dependents ("serious" in "a serious threat"); of the mentions' words; and the element-wise maximum of
   * the span's content words. A block with no known word is zeros. Only target models read it (the generic
   * model does not: the words around a ceasefire are not the words around global warming).
   */
  public static double[] vectors(CoreMap sentence, List<int[]> mentions, int from, int to) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<String> span = new ArrayList<>();
    List<String> window = new ArrayList<>();
    for (int i = from; i < to; i++) {
      CoreLabel token = tokens.get(i);
      if (mentionAt(mentions, i) != null || !isContentWord(token)) {
        continue;
      }
      span.add(token.word());
      for (int[] m : mentions) {
        if (i >= m[0] - VECTOR_WINDOW && i < m[1] + VECTOR_WINDOW) {
          window.add(token.word());
          break;
        }
      }
    }
    List<String> mentionWords = new ArrayList<>();
    for (int[] m : mentions) {
      for (int i = Math.max(m[0], from); i < Math.min(m[1], to); i++) {
        mentionWords.add(tokens.get(i).word());
      }
    }
    List<String> path = new ArrayList<>();
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph != null) {
      for (int[] m : mentions) {
        IndexedWord head = mentionHead(graph, m);
        if (head == null) {
          continue;
        }
        for (IndexedWord child : graph.getChildren(head)) {
          int c = child.index() - 1;
          if ((c < m[0] || c >= m[1]) && c >= from && c < to && isContentWord(child.backingLabel())) {
            path.add(child.word());
          }
        }
        IndexedWord node = head;
        for (int depth = 0; depth < 12; depth++) {
          IndexedWord parent = graph.getParent(node);
          if (parent == null || parent.index() - 1 < from || parent.index() - 1 >= to) {
            break;
          }
          if (isContentWord(parent.backingLabel())) {
            path.add(parent.word());
          }
          node = parent;
        }
      }
    }
    WordVectors wv = WordVectors.get();
    double[] out = new double[VECTOR_SIZE];
    System.arraycopy(wv.meanUnit(span), 0, out, 0, WordVectors.DIMENSIONS);
    System.arraycopy(wv.meanUnit(window), 0, out, WordVectors.DIMENSIONS, WordVectors.DIMENSIONS);
    System.arraycopy(wv.meanUnit(path), 0, out, 2 * WordVectors.DIMENSIONS, WordVectors.DIMENSIONS);
    System.arraycopy(wv.meanUnit(mentionWords), 0, out, 3 * WordVectors.DIMENSIONS, WordVectors.DIMENSIONS);
    System.arraycopy(maxUnit(wv, span), 0, out, 4 * WordVectors.DIMENSIONS, WordVectors.DIMENSIONS);
    return out;
  }

  /** The element-wise maximum of the known words' vectors, unit-normalised (zeros when none is known). */
  private static double[] maxUnit(WordVectors wv, List<String> words) {
    double[] max = null;
    for (String w : words) {
      double[] v = wv.vector(w);
      if (v == null) {
        continue;
      }
      if (max == null) {
        max = v.clone();
      } else {
        for (int i = 0; i < max.length; i++) {
          max[i] = Math.max(max[i], v[i]);
        }
      }
    }
    if (max == null) {
      return new double[WordVectors.DIMENSIONS];
    }
    double norm = 0;
    for (double x : max) {
      norm += x * x;
    }
    if (norm > 0) {
      for (int i = 0; i < max.length; i++) {
        max[i] /= Math.sqrt(norm);
      }
    }
    return max;
  }

  /** Nouns, verbs, adjectives, adverbs, modals and negators: the words whose vectors carry meaning. */
  private static boolean isContentWord(CoreLabel token) {
    String tag = token.tag();
    if (token.word() == null || tag == null) {
      return false;
    }
    return tag.startsWith("NN") || tag.startsWith("VB") || tag.startsWith("JJ") || tag.startsWith("RB")
        || tag.equals("MD") || StanceLexicon.NEGATION.contains(Tokens.lemma(token));
  }

  /**
   * How many times a target-independent feature counts in the model's term vector. The model is trained
   * without standardisation, so this is a per-group regularisation: the L2 penalty on a generic feature's
   * effect is 1/{@value}² of an n-gram's, and the weight that carries across targets is learned by the
   * generic features rather than by the training target's n-grams.
   */
  public static final int GENERIC_WEIGHT = 4;

  /**
   * True for the target-specific features: the lemma n-grams, namespaced by the target
   * ({@code global-warming|u:hoax}); a target the model was not trained on has none in its vocabulary.
   */
  public static boolean targetSpecific(String term) {
    return term.indexOf('|') >= 0;
  }

  /** The terms as the model's CountVectorizer counts them: each generic feature {@link #GENERIC_WEIGHT} times. */
  public static List<String> modelTerms(List<String> terms) {
    List<String> out = new ArrayList<>(terms.size() * 2);
    for (String t : terms) {
      int k = targetSpecific(t) ? 1 : GENERIC_WEIGHT;
      for (int i = 0; i < k; i++) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Features of tokens [from, to) relative to given mentions (token ranges of the sentence; those outside
   * the span are ignored): a corpus that marks its targets itself, such as NewsMTSC's persons.
   */
  public static Extracted of(CoreMap sentence, String namespace, List<int[]> allMentions, int from, int to) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<int[]> mentions = new ArrayList<>();
    for (int[] m : allMentions) {
      if (m[0] >= from && m[1] <= to) {
        mentions.add(m);
      }
    }
    Set<String> f = new LinkedHashSet<>();
    ngrams(tokens, from, to, mentions, f, namespace + "|");
    spanFlags(tokens, from, to, mentions, f);
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (mentions.isEmpty()) {
      f.add("no_mention");
    } else if (graph != null) {
      for (int[] m : mentions) {
        pathFeatures(graph, tokens, m, from, to, f);
      }
    }
    return new Extracted(List.copyOf(f), sentiment(sentence), mentions);
  }

  private static void ngrams(List<CoreLabel> tokens, int from, int to, List<int[]> mentions, Set<String> f,
                             String ns) {
    String previous = "<s>";
    int i = from;
    while (i < to) {
      int[] m = mentionAt(mentions, i);
      String unit;
      if (m != null) {
        unit = MASK;
        i = m[1];
      } else {
        CoreLabel token = tokens.get(i++);
        if (isPunct(token) || isPlainDeterminer(token)) {
          continue;
        }
        unit = token.tag() != null && token.tag().equals("CD") ? "<num>" : Tokens.lemma(token);
      }
      f.add(ns + "u:" + unit);
      f.add(ns + "b:" + previous + "_" + unit);
      previous = unit;
    }
    f.add(ns + "b:" + previous + "_</s>");
  }

  private static void spanFlags(List<CoreLabel> tokens, int from, int to, List<int[]> mentions, Set<String> f) {
    for (int i = from; i < to; i++) {
      if (mentionAt(mentions, i) != null) {
        continue;
      }
      String lemma = Tokens.lemma(tokens.get(i));
      String word = Tokens.word(tokens.get(i));
      if (StanceLexicon.NEGATION.contains(lemma) || StanceLexicon.NEGATION.contains(word)) {
        f.add("neg_any");
      }
      if (StanceLexicon.REFUSAL.contains(lemma)) {
        f.add("refuse_any");
      }
      if (StanceLexicon.SUPPORT.contains(lemma)) {
        f.add("support_any");
      }
      if (StanceLexicon.CONDITION.contains(lemma)) {
        f.add("cond_any");
      }
      if (StanceLexicon.RESTRICTION.contains(lemma)) {
        f.add("restrict_any");
      }
      if (StanceLexicon.CUE.contains(lemma) && isVerb(tokens.get(i))) {
        f.add("cue_any");
      }
    }
  }

  private static void pathFeatures(SemanticGraph graph, List<CoreLabel> tokens, int[] m, int from, int to,
                                   Set<String> f) {
    IndexedWord head = mentionHead(graph, m);
    if (head == null) {
      return;
    }
    // A restriction ("only", "the most that ... would consent to", "partial") limits the target: like a
    // negator it flips the composed direction (the ceasefire target's AGAINST is "refuses, rejects, limits").
    boolean restricted = false;
    for (IndexedWord child : graph.getChildren(head)) {
      String lemma = Tokens.lemma(child.backingLabel());
      if (StanceLexicon.NEGATION.contains(lemma)) {
        f.add("t_neg");
      } else if (StanceLexicon.RESTRICTION.contains(lemma)) {
        f.add("t_restrict");
        restricted = true;
      } else if (StanceLexicon.FULL.contains(lemma)) {
        f.add("t_full");
      }
    }
    IndexedWord node = head;
    boolean first = true;
    boolean predicateSeen = false;
    int flips = 0;
    boolean directed = false;
    int depth = 0;
    while (depth++ < 12) {
      List<SemanticGraphEdge> incoming = graph.incomingEdgeList(node);
      SemanticGraphEdge up = incoming.isEmpty() ? null : incoming.get(0);
      IndexedWord parent = up == null ? null : up.getGovernor();
      if (parent == null || parent.index() - 1 < from || parent.index() - 1 >= to) {
        break;
      }
      String rel = up.getRelation().toString();
      CoreLabel pl = parent.backingLabel();
      String lemma = Tokens.lemma(pl);
      if (first) {
        f.add("rel:" + rel);
        f.add("gov:" + lemma);
        f.add("gov_rel:" + lemma + "_" + rel);
        if (rel.startsWith("nsubj")) {
          f.add("t_subj");
        }
        first = false;
      }
      if (!predicateSeen && (isVerb(pl) || isAdjective(pl))) {
        f.add("pred:" + lemma);
        predicateSeen = true;
      }
      if (StanceLexicon.SUPPORT.contains(lemma)) {
        f.add("path_support");
        directed = true;
      }
      if (StanceLexicon.REFUSAL.contains(lemma)) {
        f.add("path_refuse");
        directed = true;
        flips++;
      }
      if (StanceLexicon.CUE.contains(lemma) && isVerb(pl)) {
        f.add("path_cue");
        f.add("path_cue:" + lemma);
      }
      for (SemanticGraphEdge e : graph.outgoingEdgeList(parent)) {
        String childLemma = Tokens.lemma(e.getDependent().backingLabel());
        String childRel = e.getRelation().toString();
        if (e.getDependent().equals(node)) {
          continue;
        }
        if (childRel.equals("neg") || (StanceLexicon.NEGATION.contains(childLemma)
            && (childRel.equals("advmod") || childRel.equals("det") || childRel.equals("neg")))) {
          f.add("path_neg");
          flips++;
          directed = true;
        }
        if (childRel.equals("mark") && StanceLexicon.CONDITION.contains(childLemma)) {
          f.add("path_cond");
        }
        if (StanceLexicon.RESTRICTION.contains(childLemma)) {
          f.add("path_restrict");
          restricted = true;
        }
        if (childRel.equals("aux") && StanceLexicon.MODAL.contains(childLemma)) {
          f.add("path_modal:" + childLemma);
        }
      }
      node = parent;
    }
    if (restricted) {
      flips++;
      directed = true;
    }
    if (directed) {
      f.add(flips % 2 == 0 ? "dir:favor" : "dir:against");
    } else {
      f.add("dir:none");
    }
  }

  /** The mention's token whose governor lies outside the mention (its syntactic head). */
  private static IndexedWord mentionHead(SemanticGraph graph, int[] m) {
    IndexedWord fallback = null;
    for (int i = m[0]; i < m[1]; i++) {
      IndexedWord node = graph.getNodeByIndexSafe(i + 1);
      if (node == null) {
        continue;
      }
      fallback = fallback == null ? node : fallback;
      IndexedWord parent = graph.getParent(node);
      if (parent == null || parent.index() - 1 < m[0] || parent.index() - 1 >= m[1]) {
        return node;
      }
    }
    return fallback;
  }

  private static int[] mentionAt(List<int[]> mentions, int i) {
    for (int[] m : mentions) {
      if (i >= m[0] && i < m[1]) {
        return m;
      }
    }
    return null;
  }

  static double[] sentiment(CoreMap sentence) {
    Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
    if (tree == null) {
      return new double[] {0, 0, 1, 0, 0};
    }
    SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(tree);
    double[] probs = new double[predictions.getNumElements()];
    for (int i = 0; i < probs.length; i++) {
      probs[i] = predictions.get(i);
    }
    return probs;
  }

  static boolean isPunct(CoreLabel token) {
    String tag = token.tag();
    return tag != null && !tag.isEmpty() && !Character.isLetterOrDigit(tag.charAt(0)) || "``".equals(tag)
        || "''".equals(tag) || "-LRB-".equals(tag) || "-RRB-".equals(tag);
  }

  /** "a", "the", "this": left out of the n-grams ("want an end to the fighting" gives "want_<t>"); "no" stays. */
  private static boolean isPlainDeterminer(CoreLabel token) {
    return "DT".equals(token.tag()) && !StanceLexicon.NEGATION.contains(Tokens.lemma(token));
  }

  static boolean isVerb(CoreLabel token) {
    return token.tag() != null && (token.tag().startsWith("VB") || token.tag().equals("MD"));
  }

  private static boolean isAdjective(CoreLabel token) {
    return token.tag() != null && token.tag().startsWith("JJ");
  }
}
