package io.stancelens.stance;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Author clauses that report a named actor's position or action toward the target: a predicate outside
 * quotation marks whose subject is a proper name ("The US had been pushing for a comprehensive 30-day
 * ceasefire", "the most that Putin would consent to was a 30-day moratorium ..."). The clause is the
 * predicate's clause in the dependency parse, without coordinated clauses, so that one sentence can hold
 * two actors' opposite positions. Clauses inside what a reporting verb reports belong to that report and
 * are left to attribution; clauses that do not mention the target are not statements about it.
 */
public final class ActorClauseFinder {

  /** Relations that end a clause when climbing from the actor's predicate. */
  private static final Set<String> CLAUSE_EDGES = Set.of("conj", "parataxis", "ccomp", "advcl", "root",
      "dep", "list");
  /** Children that begin another clause and are cut from the span. */
  private static final Set<String> CUT = Set.of("conj", "cc", "parataxis", "advcl", "dep", "list");

  private ActorClauseFinder() {}

  public static List<StanceStatement> find(List<CoreMap> sentences, String text, StanceTarget target,
                                           ActorNames names) {
    List<StanceStatement> found = new ArrayList<>();
    boolean[] quoted = QuoteMask.of(text);
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (graph == null || target.mentions(tokens).isEmpty() || isHeading(text, tokens)) {
        continue;
      }
      List<Integer> clauseTops = new ArrayList<>();
      for (SemanticGraphEdge edge : graph.edgeListSorted()) {
        String rel = edge.getRelation().toString();
        if (!rel.startsWith("nsubj")) {
          continue;
        }
        IndexedWord predicate = edge.getGovernor();
        CoreLabel pl = predicate.backingLabel();
        if (quoted[pl.beginPosition()] || reportedByCue(graph, predicate)) {
          continue;
        }
        List<String> actor = actorMention(graph, edge.getDependent());
        if (actor.isEmpty() || insideMention(target.mentions(tokens), edge.getDependent().index() - 1)) {
          continue;
        }
        IndexedWord top = clauseTop(graph, predicate);
        if (top == null || clauseTops.contains(top.index())) {
          continue;
        }
        int[] span = span(graph, top, tokens);
        if (span == null || mentionInside(target.mentions(tokens), span) == 0) {
          continue;
        }
        clauseTops.add(top.index());
        int begin = tokens.get(span[0]).beginPosition();
        int end = tokens.get(span[1] - 1).endPosition();
        found.add(new StanceStatement("a" + s + "." + predicate.index(), null, StanceStatement.AUTHOR, begin, end,
            names.canonical(actor), null));
      }
    }
    return found;
  }

  /** A whole line without final punctuation ("Is An Armistice Even Possible?" is a title, not a report). */
  private static boolean isHeading(String text, List<CoreLabel> tokens) {
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    boolean wholeLine = (begin == 0 || text.charAt(begin - 1) == '\n')
        && (end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r');
    char last = text.charAt(end - 1);
    return wholeLine && tokens.size() <= 12 && ".\"”'’:;,".indexOf(last) < 0;
  }

  /** The proper-name words of a subject: the subject itself, or its proper-noun compound/possessor. */
  static List<String> actorMention(SemanticGraph graph, IndexedWord subject) {
    if (isProper(subject)) {
      return chain(graph, subject);
    }
    for (SemanticGraphEdge e : graph.outgoingEdgeList(subject)) {
      String rel = e.getRelation().toString();
      if ((rel.equals("compound") || rel.equals("nmod:poss")) && isProper(e.getDependent())) {
        return chain(graph, e.getDependent());
      }
    }
    return List.of();
  }

  private static List<String> chain(SemanticGraph graph, IndexedWord head) {
    List<IndexedWord> words = new ArrayList<>();
    words.add(head);
    for (SemanticGraphEdge e : graph.outgoingEdgeList(head)) {
      if (e.getRelation().toString().equals("compound") && isProper(e.getDependent())) {
        words.add(e.getDependent());
      }
    }
    words.sort(Comparator.comparingInt(IndexedWord::index));
    List<String> out = new ArrayList<>();
    for (IndexedWord w : words) {
      out.add(w.word());
    }
    return out;
  }

  private static boolean isProper(IndexedWord word) {
    return word.tag() != null && word.tag().startsWith("NNP");
  }

  /** True when a reporting verb above the predicate reports it ("said that Russia will begin ..."). */
  private static boolean reportedByCue(SemanticGraph graph, IndexedWord predicate) {
    IndexedWord node = predicate;
    for (int depth = 0; depth < 12; depth++) {
      List<SemanticGraphEdge> up = graph.incomingEdgeList(node);
      if (up.isEmpty()) {
        return false;
      }
      IndexedWord parent = up.get(0).getGovernor();
      if (StanceLexicon.CUE.contains(Tokens.lemma(parent.backingLabel()))
          && StanceFeatures.isVerb(parent.backingLabel())) {
        return true;
      }
      node = parent;
    }
    return false;
  }

  /**
   * The top of the predicate's clause. A relative clause counts as the actor's clause only when the noun it
   * modifies is the subject of the clause above ("the most that Putin would consent to was a moratorium");
   * otherwise ("weapons that Ukraine has been using") the relative clause is its own clause.
   */
  private static IndexedWord clauseTop(SemanticGraph graph, IndexedWord predicate) {
    IndexedWord node = predicate;
    boolean afterRelative = false;
    for (int depth = 0; depth < 12; depth++) {
      List<SemanticGraphEdge> up = graph.incomingEdgeList(node);
      if (up.isEmpty()) {
        return node;
      }
      String rel = up.get(0).getRelation().toString();
      if (CLAUSE_EDGES.contains(rel) || (afterRelative && !rel.startsWith("nsubj"))) {
        return afterRelative ? predicate : node;
      }
      afterRelative = rel.startsWith("acl");
      node = up.get(0).getGovernor();
    }
    return node;
  }

  private static boolean insideMention(List<int[]> mentions, int token) {
    for (int[] m : mentions) {
      if (token >= m[0] && token < m[1]) {
        return true;
      }
    }
    return false;
  }

  /** [first, last+1) tokens of the clause: the top's subtree without coordinated clauses, trimmed of punctuation. */
  private static int[] span(SemanticGraph graph, IndexedWord top, List<CoreLabel> tokens) {
    List<IndexedWord> kept = new ArrayList<>();
    collect(graph, top, kept, true);
    int first = Integer.MAX_VALUE;
    int last = -1;
    for (IndexedWord w : kept) {
      first = Math.min(first, w.index() - 1);
      last = Math.max(last, w.index() - 1);
    }
    while (first <= last && StanceFeatures.isPunct(tokens.get(first))) {
      first++;
    }
    while (last >= first && StanceFeatures.isPunct(tokens.get(last))) {
      last--;
    }
    return first > last ? null : new int[] {first, last + 1};
  }

  /** The subtree, without coordinated clauses: at the top any, below only those with a subject of their own. */
  private static void collect(SemanticGraph graph, IndexedWord node, List<IndexedWord> kept, boolean top) {
    kept.add(node);
    for (SemanticGraphEdge e : graph.outgoingEdgeList(node)) {
      String rel = e.getRelation().toString();
      if (rel.equals("punct") || CUT.contains(rel) && (top || hasSubject(graph, e.getDependent()))) {
        continue;
      }
      collect(graph, e.getDependent(), kept, false);
    }
  }

  private static boolean hasSubject(SemanticGraph graph, IndexedWord node) {
    for (SemanticGraphEdge e : graph.outgoingEdgeList(node)) {
      if (e.getRelation().toString().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  private static int mentionInside(List<int[]> mentions, int[] span) {
    int n = 0;
    for (int[] m : mentions) {
      if (m[0] >= span[0] && m[1] <= span[1]) {
        n++;
      }
    }
    return n;
  }
}
