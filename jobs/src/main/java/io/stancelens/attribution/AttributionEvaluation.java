package io.stancelens.attribution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancelens.ingest.Article;
import io.stancelens.nlp.ArticleAnnotator;
import io.stancelens.nlp.CoreNlpProperties;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code stancelens evaluate --task attribution}: runs the project's annotator (the {@code run} job's
 * pipeline and {@link Attributor}) and CoreNLP's QuoteAttributionAnnotator on the gold articles and
 * scores both with {@link AttributionScorer}. Prints a readable summary and, last, one JSON object.
 *
 * <p>Gold: a folder of {@code name.txt} + {@code name.quotes.tsv} (the seed; direct and reported must
 * match in kind), or PolNeAR JSON Lines, whose unit is the attribution relation: there, our statements
 * sharing a cue, and continuation quotes, are merged into one relation before matching.
 */
public final class AttributionEvaluation {

  /** Published anchors printed beside the figures. */
  static final Map<String, Object> ANCHORS = Map.of(
      "polnear_annotator_agreement", 0.923,
      "quootstrap_precision", 0.90,
      "quootstrap_recall", 0.40,
      "corenlp_quoteattribution_seed_direct_correct", "5 of 14 (issue 3)");

  private AttributionEvaluation() {}

  /** Runs the evaluation, prints the summary and the JSON line, returns the JSON object's content. */
  public static Map<String, Object> run(Path gold, Path predictionsOut, Integer baselineArticleLimit,
                                       PrintStream out) {
    long start = System.nanoTime();
    List<GoldReader.GoldArticle> articles = GoldReader.read(gold);
    boolean polnear = !java.nio.file.Files.isDirectory(gold);
    int baselineLimit = baselineArticleLimit == null ? Integer.MAX_VALUE : baselineArticleLimit;
    ArticleAnnotator annotator = ArticleAnnotator.shared();
    CoreNlpQuoteBaseline baseline = baselineLimit > 0 ? new CoreNlpQuoteBaseline() : null;
    AttributionScorer scorer = new AttributionScorer(!polnear);
    AttributionScorer.Totals ours = new AttributionScorer.Totals();
    AttributionScorer.Totals theirs = new AttributionScorer.Totals();
    List<String[]> rows = new ArrayList<>();
    double oursSeconds = 0;
    double baselineSeconds = 0;
    int baselineArticles = 0;
    int seedDirect = 0;
    int seedDirectRight = 0;
    int seedNone = 0;
    int seedNoneRight = 0;
    for (GoldReader.GoldArticle a : articles) {
      long t0 = System.nanoTime();
      List<Statement> predicted = annotator.annotate(Article.of(a.id(), a.text())).statements();
      oursSeconds += (System.nanoTime() - t0) / 1e9;
      List<Statement> units = polnear ? relations(predicted) : predicted;
      for (AttributionScorer.Pair p : scorer.score(a.text(), a.statements(), units, ours)) {
        rows.add(row(a.id(), "stancelens", p));
        if (!polnear && p.gold() != null && Statement.DIRECT.equals(p.gold().kind())) {
          boolean none = Statement.NONE.equals(p.gold().speaker());
          if (none) {
            seedNone++;
            seedNoneRight += p.speakerCorrect() ? 1 : 0;
          } else {
            seedDirect++;
            seedDirectRight += p.speakerCorrect() ? 1 : 0;
          }
        }
      }
      if (baselineArticles < baselineLimit) {
        long t1 = System.nanoTime();
        List<Statement> base = baseline.attribute(a.id(), a.text());
        baselineSeconds += (System.nanoTime() - t1) / 1e9;
        baselineArticles++;
        for (AttributionScorer.Pair p : scorer.score(a.text(), a.statements(), base, theirs)) {
          rows.add(row(a.id(), "corenlp", p));
        }
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("task", "attribution");
    result.put("gold", gold.toString());
    result.put("format", polnear ? "polnear-jsonl" : "seed-tsv");
    result.put("articles", articles.size());
    result.put("gold_statements", ours.gold);
    result.put("stancelens", figures(ours, articles.size(), oursSeconds));
    if (!polnear) {
      Map<String, Object> seed = new LinkedHashMap<>();
      seed.put("direct_quotes", seedDirect);
      seed.put("direct_speaker_correct", seedDirectRight);
      seed.put("scare_quotes", seedNone);
      seed.put("scare_quotes_none", seedNoneRight);
      ((Map<String, Object>) result.get("stancelens")).put("seed", seed);
    }
    result.put("corenlp_quoteattribution", figures(theirs, baselineArticles, baselineSeconds));
    result.put("corenlp_annotators", CoreNlpProperties.quoteAttributionBaseline().getProperty("annotators"));
    result.put("anchors", ANCHORS);
    result.put("seconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);

    out.printf("attribution on %s (%d articles, %d gold statements)%n", gold, articles.size(), ours.gold);
    print(out, "stancelens", ours);
    if (!polnear) {
      out.printf("  seed direct quotes attributed to the gold speaker: %d of %d; scare quotes NONE: %d of %d%n",
          seedDirectRight, seedDirect, seedNoneRight, seedNone);
    }
    print(out, "corenlp QuoteAttributionAnnotator (" + baselineArticles + " articles)", theirs);
    out.println("  anchors: PolNeAR annotators agree on 92.3% of attributions; Quootstrap 90% precision at 40% recall");
    if (predictionsOut != null) {
      writePredictions(predictionsOut, rows);
      out.println("  predictions: " + predictionsOut);
    }
    try {
      out.println(new ObjectMapper().writeValueAsString(result));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return result;
  }

  /**
   * PolNeAR's unit: one attribution relation (cue, source, content). Statements sharing a cue become one
   * (content = their extent); a continuation quote joins the relation before it.
   */
  static List<Statement> relations(List<Statement> statements) {
    List<Statement> out = new ArrayList<>();
    Map<Integer, Integer> byCue = new LinkedHashMap<>();
    for (Statement s : statements) {
      Integer target = null;
      if (s.cueBegin() != null) {
        target = byCue.get(s.cueBegin());
      } else if ("continuation".equals(s.rule()) && !out.isEmpty()) {
        target = out.size() - 1;
      }
      if (target == null) {
        if (s.cueBegin() != null) {
          byCue.put(s.cueBegin(), out.size());
        }
        out.add(s);
      } else {
        Statement t = out.get(target);
        int begin = Math.min(t.begin(), s.begin());
        int end = Math.max(t.end(), s.end());
        out.set(target, new Statement(t.articleId(), t.quoteIndex(), t.kind(), begin, end, t.text(), t.cue(),
            t.cueBegin(), t.cueEnd(), t.speakerBegin(), t.speakerEnd(), t.speakerMention(), t.speaker(),
            t.speakerType(), t.confidence(), t.rule()));
      }
    }
    return out;
  }

  private static Map<String, Object> figures(AttributionScorer.Totals t, int articles, double seconds) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles", articles);
    m.put("gold", t.gold);
    m.put("predicted", t.predicted);
    m.put("matched", t.matched);
    m.put("precision", r(t.precision()));
    m.put("recall", r(t.recall()));
    m.put("f1", r(t.f1()));
    m.put("speaker_correct", t.speakerCorrect);
    m.put("speaker_accuracy", r(t.speakerAccuracy()));
    Map<String, Object> kinds = new LinkedHashMap<>();
    t.byKind.forEach((k, v) -> kinds.put(k, Map.of("gold", v[0], "predicted", v[1], "matched", v[2],
        "speaker_correct", v[3])));
    m.put("by_kind", kinds);
    m.put("seconds", Math.round(seconds * 10) / 10.0);
    return m;
  }

  private static void print(PrintStream out, String name, AttributionScorer.Totals t) {
    out.printf("  %s: content P %.3f R %.3f F1 %.3f (%d predicted, %d gold, %d matched); speaker accuracy"
            + " on matched %.3f (%d of %d)%n", name, t.precision(), t.recall(), t.f1(), t.predicted, t.gold,
        t.matched, t.speakerAccuracy(), t.speakerCorrect, t.matched);
  }

  private static double r(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  private static String[] row(String article, String system, AttributionScorer.Pair p) {
    Statement s = p.predicted();
    GoldStatement g = p.gold();
    String status = s != null && g != null ? "matched" : s != null ? "false-positive" : "missed";
    return new String[] {article, system, status,
        s == null ? "" : Integer.toString(s.quoteIndex()), s == null ? "" : s.kind(),
        s == null ? "" : Integer.toString(s.begin()), s == null ? "" : Integer.toString(s.end()),
        s == null ? "" : nz(s.cue()), s == null ? "" : nz(s.speakerMention()), s == null ? "" : nz(s.speaker()),
        s == null ? "" : s.speakerType(), s == null ? "" : s.rule(),
        g == null ? "" : g.id(), g == null ? "" : nz(g.kind()), g == null ? "" : nz(g.speaker()),
        g == null || s == null ? "" : Boolean.toString(p.speakerCorrect()),
        s != null ? clip(s.text()) : clip(g.speaker() == null ? "" : "")};
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String clip(String s) {
    String t = s.replaceAll("[\\t\\n\\r]", " ");
    return t.length() > 200 ? t.substring(0, 200) : t;
  }

  private static void writePredictions(Path file, List<String[]> rows) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        w.write(String.join("\t", "article_id", "system", "status", "quote_index", "kind", "begin", "end", "cue",
            "speaker_mention", "speaker", "speaker_type", "rule", "gold_id", "gold_kind", "gold_speaker",
            "speaker_correct", "text"));
        w.write('\n');
        for (String[] r : rows) {
          w.write(String.join("\t", r));
          w.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
