package io.stancelens.sentiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.Evaluate;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.sentiment.SentimentModel;
import edu.stanford.nlp.sentiment.SentimentUtils;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import io.stancelens.nlp.CoreNlpProperties;
import io.stancelens.nlp.Pipelines;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ejml.simple.SimpleMatrix;

/**
 * {@code evaluate --task sst}: our pipeline (the run's tagger, shift-reduce parser, binarization and RNTN)
 * on the raw SST sentences against the treebank's gold labels, beside CoreNLP's own evaluator run on the gold
 * trees in the same JVM, the figures measured here before, and the paper's.
 *
 * <p>All-node accuracy on raw text: our parse is not the gold tree, so a gold node counts as right when a node
 * of our tree spans exactly the same tokens and predicts the gold class; a gold node without a same-span node
 * in our tree counts as wrong. The share of gold nodes that found a same-span node is reported beside it.
 */
public final class SstEvaluation {

  /** CoreNLP's evaluator on the shipped model, measured on this machine before (percent). */
  public static final double CORENLP_ROOT = 38.6;
  public static final double CORENLP_NODES = 79.7;
  public static final double CORENLP_ROOT_BINARY = 76.1;
  public static final double CORENLP_SR_RAW_ROOT = 38.4;
  public static final double CORENLP_SR_RAW_ROOT_BINARY = 76.3;
  /** Socher et al. 2013, the RNTN on SST test (percent). */
  public static final double PAPER_ROOT = 45.7;
  public static final double PAPER_NODES = 80.7;
  public static final double PAPER_ROOT_BINARY = 85.4;

  /** One sentence's outcome. */
  record Outcome(int goldRoot, int predictedRoot, double[] rootProbs, int nodes, int nodesCorrect,
                 int nodesMatched, String text) {}

  /** Accuracy counts. */
  record Counts(int trees, int rootCorrect, int binaryTrees, int binaryCorrect, long nodes, long nodesCorrect,
                long nodesMatched) {
    double root() {
      return pct(rootCorrect, trees);
    }

    double binary() {
      return pct(binaryCorrect, binaryTrees);
    }

    double allNodes() {
      return pct(nodesCorrect, nodes);
    }
  }

  private SstEvaluation() {}

  public static String run(Path gold, Path predictions, int limit, PrintStream out) throws IOException {
    List<Tree> trees = read(gold, limit);
    long t0 = System.nanoTime();
    StanfordCoreNLP pipeline = Pipelines.get(CoreNlpProperties.annotatePretokenizedSentence());
    Outcome[] outcomes = new Outcome[trees.size()];
    IntStream.range(0, trees.size()).parallel().forEach(i -> outcomes[i] = ours(pipeline, trees.get(i)));
    double oursSeconds = (System.nanoTime() - t0) / 1e9;
    Counts ours = count(outcomes);

    Counts reference = coreNlpEvaluator(read(gold, limit));

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("task", "sst");
    result.put("gold", gold.toString());
    result.put("trees", trees.size());
    result.put("ours_raw_text", figures(ours, true));
    result.put("corenlp_evaluator_gold_trees_this_run", figures(reference, false));
    result.put("corenlp_evaluator_measured_before", Map.of("root", CORENLP_ROOT, "all_nodes", CORENLP_NODES,
        "root_binary", CORENLP_ROOT_BINARY, "sr_raw_text_root", CORENLP_SR_RAW_ROOT,
        "sr_raw_text_root_binary", CORENLP_SR_RAW_ROOT_BINARY));
    result.put("paper", Map.of("root", PAPER_ROOT, "all_nodes", PAPER_NODES, "root_binary", PAPER_ROOT_BINARY));
    result.put("seconds", SentimentEvaluation.round(oursSeconds));
    out.printf("SST %s: %d trees (%d with a non-neutral root)%n", gold, trees.size(), ours.binaryTrees());
    out.printf("%-44s %7s %9s %11s%n", "", "root %", "nodes %", "binary %");
    out.printf("%-44s %7.1f %9.1f %11.1f   (nodes by token span: %.1f%% of gold nodes have a same-span node"
            + " of ours, %.1f%% of those right)%n", "ours: raw sentences, run pipeline (SR parser)", ours.root(),
        ours.allNodes(), ours.binary(), pct(ours.nodesMatched(), ours.nodes()),
        pct(ours.nodesCorrect(), ours.nodesMatched()));
    out.printf("%-44s %7.1f %9.1f %11.1f%n", "CoreNLP evaluator, gold trees, this run", reference.root(),
        reference.allNodes(), reference.binary());
    out.printf("%-44s %7.1f %9.1f %11.1f%n", "CoreNLP evaluator, measured before", CORENLP_ROOT, CORENLP_NODES,
        CORENLP_ROOT_BINARY);
    out.printf("%-44s %7.1f %9s %11.1f%n", "CoreNLP SR pipeline raw text, measured before", CORENLP_SR_RAW_ROOT,
        "-", CORENLP_SR_RAW_ROOT_BINARY);
    out.printf("%-44s %7.1f %9.1f %11.1f%n", "paper (Socher et al. 2013, test)", PAPER_ROOT, PAPER_NODES,
        PAPER_ROOT_BINARY);
    out.printf("ours minus CoreNLP evaluator (this run): root %+.1f, nodes %+.1f, binary %+.1f points; %.1f s"
            + " (%.1f sentences/s)%n", ours.root() - reference.root(), ours.allNodes() - reference.allNodes(),
        ours.binary() - reference.binary(), oursSeconds, trees.size() / oursSeconds);
    if (predictions != null) {
      writePredictions(predictions, outcomes);
      result.put("predictions", predictions.toString());
    }
    String json = new ObjectMapper().writeValueAsString(result);
    out.println(json);
    return json;
  }

  static List<Tree> read(Path gold, int limit) {
    List<Tree> trees = SentimentUtils.readTreesWithGoldLabels(gold.toString());
    if (trees.isEmpty()) {
      throw new IllegalArgumentException(gold + ": no trees");
    }
    return limit > 0 && limit < trees.size() ? trees.subList(0, limit) : trees;
  }

  /** Our pipeline on the sentence's raw text (its leaves joined by spaces), compared with the gold tree. */
  static Outcome ours(StanfordCoreNLP pipeline, Tree gold) {
    List<String> words = gold.yieldWords().stream().map(w -> w.word()).collect(Collectors.toList());
    String text = String.join(" ", words);
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences.size() != 1) {
      throw new IllegalStateException("expected one sentence, got " + sentences.size() + ": " + text);
    }
    Tree predicted = sentences.get(0).get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
    Map<Long, Integer> predictedBySpan = new HashMap<>();
    if (predicted.getLeaves().size() == words.size()) {
      spans(predicted, 0, predictedBySpan);
    }
    int[] nodes = new int[3];
    countGold(gold, 0, predictedBySpan, nodes);
    SimpleMatrix p = RNNCoreAnnotations.getPredictions(predicted);
    double[] probs = new double[p.getNumElements()];
    for (int k = 0; k < probs.length; k++) {
      probs[k] = p.get(k);
    }
    return new Outcome(RNNCoreAnnotations.getGoldClass(gold), RNNCoreAnnotations.getPredictedClass(predicted), probs,
        nodes[0], nodes[1], nodes[2], text);
  }

  /** Records the predicted class of each non-leaf node by its token span (the topmost node of a span wins). */
  private static int spans(Tree node, int start, Map<Long, Integer> bySpan) {
    if (node.isLeaf()) {
      return 1;
    }
    int length = 0;
    for (Tree child : node.children()) {
      length += spans(child, start + length, bySpan);
    }
    bySpan.put(key(start, start + length), RNNCoreAnnotations.getPredictedClass(node));
    return length;
  }

  /** Counts gold non-leaf nodes: [all, right, with a same-span node of ours]. */
  private static int countGold(Tree node, int start, Map<Long, Integer> predictedBySpan, int[] counts) {
    if (node.isLeaf()) {
      return 1;
    }
    int length = 0;
    for (Tree child : node.children()) {
      length += countGold(child, start + length, predictedBySpan, counts);
    }
    Integer predicted = predictedBySpan.get(key(start, start + length));
    counts[0]++;
    if (predicted != null) {
      counts[2]++;
      if (predicted == RNNCoreAnnotations.getGoldClass(node)) {
        counts[1]++;
      }
    }
    return length;
  }

  private static long key(int begin, int end) {
    return ((long) begin << 32) | end;
  }

  /** CoreNLP's own evaluator (edu.stanford.nlp.sentiment.Evaluate) on the gold trees with the shipped model. */
  static Counts coreNlpEvaluator(List<Tree> trees) {
    SentimentModel model = SentimentModel.loadSerialized(CoreNlpProperties.SENTIMENT_MODEL);
    Evaluate evaluate = new Evaluate(model);
    evaluate.eval(trees);
    int binaryTrees = 0;
    int binaryCorrect = 0;
    int rootCorrect = 0;
    for (Tree tree : trees) {
      int goldRoot = RNNCoreAnnotations.getGoldClass(tree);
      SimpleMatrix p = RNNCoreAnnotations.getPredictions(tree);
      double[] probs = new double[p.getNumElements()];
      for (int k = 0; k < probs.length; k++) {
        probs[k] = p.get(k);
      }
      if (RNNCoreAnnotations.getPredictedClass(tree) == goldRoot) {
        rootCorrect++;
      }
      if (goldRoot != 2) {
        binaryTrees++;
        if ((goldRoot > 2) == positive(probs)) {
          binaryCorrect++;
        }
      }
    }
    // Node accuracy as CoreNLP's evaluator counts it; the root count is ours from the same predictions.
    long nodes = 0;
    for (Tree tree : trees) {
      nodes += tree.size() - tree.getLeaves().size();
    }
    long nodesCorrect = Math.round(evaluate.exactNodeAccuracy() * nodes);
    return new Counts(trees.size(), rootCorrect, binaryTrees, binaryCorrect, nodes, nodesCorrect, nodes);
  }

  static Counts count(Outcome[] outcomes) {
    int root = 0;
    int binaryTrees = 0;
    int binary = 0;
    long nodes = 0;
    long correct = 0;
    long matched = 0;
    for (Outcome o : outcomes) {
      if (o.goldRoot() == o.predictedRoot()) {
        root++;
      }
      if (o.goldRoot() != 2) {
        binaryTrees++;
        if ((o.goldRoot() > 2) == positive(o.rootProbs())) {
          binary++;
        }
      }
      nodes += o.nodes();
      correct += o.nodesCorrect();
      matched += o.nodesMatched();
    }
    return new Counts(outcomes.length, root, binaryTrees, binary, nodes, correct, matched);
  }

  /** The root-binary rule: positive when P(positive) + P(very positive) exceeds P(negative) + P(very negative). */
  static boolean positive(double[] probs) {
    return probs[3] + probs[4] > probs[0] + probs[1];
  }

  private static Map<String, Object> figures(Counts c, boolean withMatch) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("root", round1(c.root()));
    m.put("all_nodes", round1(c.allNodes()));
    m.put("root_binary", round1(c.binary()));
    m.put("binary_trees", c.binaryTrees());
    if (withMatch) {
      m.put("all_nodes_method", "gold node right when our tree has a node of the same token span with the gold class");
      m.put("gold_nodes_matched_pct", round1(pct(c.nodesMatched(), c.nodes())));
      m.put("matched_nodes_accuracy", round1(pct(c.nodesCorrect(), c.nodesMatched())));
    }
    return m;
  }

  private static void writePredictions(Path file, Outcome[] outcomes) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("index\tgold_root\tpredicted_root\tp0\tp1\tp2\tp3\tp4\tnodes\tnodes_correct\tnodes_matched\ttext\n");
      for (int i = 0; i < outcomes.length; i++) {
        Outcome o = outcomes[i];
        double[] p = o.rootProbs();
        w.write(String.format("%d\t%d\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%d\t%d\t%d\t%s%n", i, o.goldRoot(),
            o.predictedRoot(), p[0], p[1], p[2], p[3], p[4], o.nodes(), o.nodesCorrect(), o.nodesMatched(), o.text()));
      }
    }
  }

  static double pct(long part, long whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
