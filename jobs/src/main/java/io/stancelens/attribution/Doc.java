package io.stancelens.attribution;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A flat view of a CoreNLP-annotated document for the attribution rules: every token with its word,
 * lemma, POS, NER tag, character offsets, sentence and dependency head/relation (from the parse
 * annotator's basic UD graph). Token ids are document-wide; heads are document-wide ids or -1 at the root.
 */
final class Doc {

  final String text;
  final List<Tok> toks = new ArrayList<>();
  /** First token id of each sentence, plus one past the end. */
  final List<Integer> sentStart = new ArrayList<>();

  static final class Tok {
    final int id;
    final int sent;
    final String word;
    final String lower;
    final String lemma;
    final String pos;
    final String ner;
    final int begin;
    final int end;
    int head = -1;
    String rel = "root";
    final List<Integer> children = new ArrayList<>();

    Tok(int id, int sent, String word, String lemma, String pos, String ner, int begin, int end) {
      this.id = id;
      this.sent = sent;
      this.word = word;
      this.lower = word.toLowerCase(Locale.ROOT);
      this.lemma = lemma == null ? lower : lemma.toLowerCase(Locale.ROOT);
      this.pos = pos == null ? "" : pos;
      this.ner = ner == null ? "O" : ner;
      this.begin = begin;
      this.end = end;
    }

    boolean verb() {
      return pos.startsWith("VB");
    }

    boolean noun() {
      return pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD");
    }

    boolean properNoun() {
      return pos.startsWith("NNP");
    }

    boolean pronoun() {
      return pos.equals("PRP");
    }

    @Override
    public String toString() {
      return word + "/" + pos + "/" + rel;
    }
  }

  Doc(String text, List<CoreMap> sentences) {
    this.text = text;
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      int offset = toks.size();
      sentStart.add(offset);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (CoreLabel t : tokens) {
        toks.add(new Tok(toks.size(), s, t.word(), t.lemma(), t.tag(), t.ner(), t.beginPosition(),
            t.endPosition()));
      }
      SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (graph != null) {
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
          IndexedWord gov = edge.getGovernor();
          IndexedWord dep = edge.getDependent();
          if (dep.copyCount() > 0 || gov.copyCount() > 0) {
            continue;
          }
          Tok d = toks.get(offset + dep.index() - 1);
          d.head = offset + gov.index() - 1;
          d.rel = edge.getRelation().toString();
        }
      }
    }
    sentStart.add(toks.size());
    for (Tok t : toks) {
      if (t.head >= 0) {
        toks.get(t.head).children.add(t.id);
      }
    }
  }

  Tok tok(int id) {
    return toks.get(id);
  }

  Tok head(Tok t) {
    return t.head < 0 ? null : toks.get(t.head);
  }

  List<Tok> children(Tok t, String... rels) {
    List<Tok> out = new ArrayList<>();
    for (int c : t.children) {
      Tok child = toks.get(c);
      if (rels.length == 0 || matches(child.rel, rels)) {
        out.add(child);
      }
    }
    return out;
  }

  Tok child(Tok t, String... rels) {
    List<Tok> found = children(t, rels);
    return found.isEmpty() ? null : found.get(0);
  }

  static boolean matches(String rel, String... rels) {
    for (String r : rels) {
      if (rel.equals(r) || (r.endsWith(":*") && rel.startsWith(r.substring(0, r.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Is {@code t} inside the subtree of {@code root} (root included)? */
  boolean descends(Tok t, Tok root) {
    Tok x = t;
    int guard = 0;
    while (x != null && guard++ < 200) {
      if (x.id == root.id) {
        return true;
      }
      x = head(x);
    }
    return false;
  }

  /** [minTokenId, maxTokenId] of the subtree, skipping the subtrees of {@code excluded}. */
  int[] subtreeRange(Tok root, Tok... excluded) {
    int[] range = {root.id, root.id};
    collect(root, range, excluded);
    return range;
  }

  private void collect(Tok t, int[] range, Tok[] excluded) {
    for (Tok e : excluded) {
      if (e != null && e.id == t.id) {
        return;
      }
    }
    range[0] = Math.min(range[0], t.id);
    range[1] = Math.max(range[1], t.id);
    for (int c : t.children) {
      collect(toks.get(c), range, excluded);
    }
  }

  int sentBegin(int sent) {
    return toks.get(sentStart.get(sent)).begin;
  }

  int sentEnd(int sent) {
    return toks.get(sentStart.get(sent + 1) - 1).end;
  }

  int sentenceCount() {
    return sentStart.size() - 1;
  }

  String span(int begin, int end) {
    return text.substring(begin, end);
  }

  /** Index of the first token starting at or after offset, or toks.size(). */
  int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = toks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).begin < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
