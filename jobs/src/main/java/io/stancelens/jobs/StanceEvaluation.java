package io.stancelens.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancelens.stance.GwsdCorpus;
import io.stancelens.stance.StanceClassifier;
import io.stancelens.stance.StanceDefaults;
import io.stancelens.stance.StanceFeatures;
import io.stancelens.stance.StanceLabel;
import io.stancelens.stance.StanceMetrics;
import io.stancelens.stance.StanceTarget;
import io.stancelens.stance.StanceTraining;
import io.stancelens.stance.TextFeaturizer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code evaluate --task stance}: the trained model against gold, in one of two formats.
 *
 * <ul>
 *   <li>GWSD TSV (a header with {@code worker_0}): the held-out part of the fixed split (never trained on),
 *       sentence by sentence: macro-F1 over FAVOR/AGAINST/NEUTRAL and the SemEval-2016 average of the
 *       FAVOR and AGAINST F1. Target default: {@code models/targets/global-warming.properties}.</li>
 *   <li>Seed {@code NAME.stance.tsv} files (a folder, or one file, beside {@code NAME.txt}): the whole run
 *       job on the articles, then each gold speaker's {@code speaker_stance} row; accuracy on {@code clear}
 *       and on {@code weak} rows separately. A gold speaker without a row counts as NEUTRAL (nothing the
 *       speaker said was found) and is reported as not found. Target default: the ceasefire.</li>
 * </ul>
 * The last line printed is one JSON object with the figures and the anchors.
 */
public final class StanceEvaluation {

  public static final double SEMEVAL_2016_BEST_AVG_F1 = 67.8;

  private final SparkSession spark;
  private final PrintStream out;
  private final Path modelDir;

  public StanceEvaluation(SparkSession spark, PrintStream out, Path modelDir) {
    this.spark = spark;
    this.out = out;
    this.modelDir = modelDir;
  }

  /** The model that scores the target: the one given, else the target's own ({@link StanceDefaults#modelFor}). */
  private Path modelFor(StanceTarget target) {
    return modelDir != null ? modelDir : StanceDefaults.modelFor(target);
  }

  /** Runs the evaluation the gold's format calls for; returns the JSON figures (also printed last). */
  public Map<String, Object> run(Path gold, Path target, Path predictions) {
    if (!Files.exists(gold)) {
      throw new InputMissingException("gold not found: " + gold);
    }
    Map<String, Object> figures = Files.isRegularFile(gold) && GwsdCorpus.looksLikeGwsd(gold)
        ? gwsd(gold, target != null ? target : StanceDefaults.resolve(StanceTraining.DEFAULT_TARGET), predictions)
        : seed(gold, target != null ? target : StanceDefaults.resolve(StanceDefaults.CEASEFIRE_TARGET), predictions);
    print(out, figures);
    return figures;
  }

  Map<String, Object> gwsd(Path gold, Path targetFile, Path predictions) {
    StanceTarget target = StanceTarget.load(targetFile);
    Path model = modelFor(target);
    StanceClassifier classifier = StanceClassifier.load(model.toString());
    TextFeaturizer featurizer = TextFeaturizer.shared();
    StanceMetrics metrics = new StanceMetrics();
    List<String> lines = new ArrayList<>();
    lines.add("guid\tgold\tpredicted\tp_favor\tp_against\tp_neutral\tsentence");
    for (GwsdCorpus.Item item : GwsdCorpus.read(gold)) {
      if (!item.heldOut()) {
        continue;
      }
      StanceFeatures.Extracted features = featurizer.features(item.sentence(), target, classifier.usesVectors());
      StanceClassifier.Prediction p = classifier.predict(features);
      metrics.add(item.label(), p.label());
      double[] pr = p.probabilities();
      lines.add(String.format(Locale.ROOT, "%s\t%s\t%s\t%.4f\t%.4f\t%.4f\t%s", item.guid(), item.label(),
          p.label(), pr[0], pr[1], pr[2], item.sentence()));
    }
    writePredictions(predictions, lines);
    Map<String, Object> m = metrics.toMap();
    out.printf(Locale.ROOT, "GWSD held-out (%d sentences, split %s): macro-F1 %.4f, SemEval avg F1 %.4f, "
            + "accuracy %.4f%n", metrics.count(), GwsdCorpus.SPLIT_SEED, metrics.macroF1(),
        metrics.semEvalAverageF1(), metrics.accuracy());
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("task", "stance");
    figures.put("format", "gwsd");
    figures.put("gold", gold.toString());
    figures.put("target", target.name());
    figures.put("model", model.toString());
    figures.put("split", "held-out: SHA-256('" + GwsdCorpus.SPLIT_SEED + ":' + sentence) % 100 < "
        + GwsdCorpus.HELD_OUT_PERCENT);
    figures.putAll(m);
    figures.put("anchors", Map.of("semeval2016_best_avg_f1_tweets", SEMEVAL_2016_BEST_AVG_F1,
        "target_macro_f1", 0.65));
    return figures;
  }

  Map<String, Object> seed(Path gold, Path targetFile, Path predictions) {
    StanceTarget target = StanceTarget.load(targetFile);
    List<Path> goldFiles = stanceFiles(gold);
    Path work;
    try {
      work = Files.createTempDirectory("stancelens-eval-stance");
      Path input = Files.createDirectories(work.resolve("input"));
      for (Path file : goldFiles) {
        String name = file.getFileName().toString().replace(".stance.tsv", ".txt");
        Path text = file.resolveSibling(name);
        if (!Files.exists(text)) {
          throw new IllegalArgumentException("no article " + text + " beside " + file);
        }
        Files.copy(text, input.resolve(name));
      }
      RunJob job = RunJob.on(spark).input(input.toString()).output(work.resolve("out").toString())
          .date(LocalDate.of(2000, 1, 1)).stanceTargets(List.of(targetFile));
      if (modelDir != null) {
        job.stanceModel(modelDir);
      }
      job.execute();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> figures = compareSeed(goldFiles, target, work.resolve("out"), predictions);
    figures.put("gold", gold.toString());
    deleteRecursively(work);
    return figures;
  }

  /**
   * Gold speakers against the {@code speaker_stance} table of a run's output (tests reuse a run they
   * already made).
   */
  Map<String, Object> compareSeed(List<Path> goldFiles, StanceTarget target, Path tables, Path predictions) {
    Map<String, Row> bySpeaker = new LinkedHashMap<>();
    for (Row row : spark.read().parquet(tables.resolve("speaker_stance").toString())
        .where("target = '" + target.name().replace("'", "''") + "'").collectAsList()) {
      bySpeaker.put(key(row.getAs("speaker")), row);
    }
    int[] right = new int[2];
    int[] total = new int[2];
    int found = 0;
    List<Map<String, Object>> rows = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    lines.add("speaker\tclarity\tgold\tpredicted\tright\tfound\tnet_score\tnet_low\tnet_high\tstatements"
        + "\trelevant\tevidence");
    for (Path file : goldFiles) {
      for (String[] g : goldRows(file)) {
        String speaker = g[0];
        StanceLabel expected = StanceLabel.valueOf(g[1].trim().toUpperCase(Locale.ROOT));
        boolean clear = g[2].trim().equalsIgnoreCase("clear");
        Row row = bySpeaker.get(key(speaker));
        StanceLabel predicted = row == null ? StanceLabel.NEUTRAL : StanceLabel.valueOf(row.getAs("stance"));
        boolean ok = predicted == expected;
        int c = clear ? 0 : 1;
        total[c]++;
        right[c] += ok ? 1 : 0;
        found += row == null ? 0 : 1;
        String evidence = row == null ? null : row.getAs("top_evidence");
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("speaker", speaker);
        r.put("clarity", clear ? "clear" : "weak");
        r.put("gold", expected.name());
        r.put("predicted", predicted.name());
        r.put("right", ok);
        r.put("found", row != null);
        if (row != null) {
          r.put("net_score", StanceMetricsRound.round(row.getAs("net_score")));
          r.put("net_interval", List.of(StanceMetricsRound.round(row.getAs("net_low")),
              StanceMetricsRound.round(row.getAs("net_high"))));
          r.put("statements", row.getAs("statements"));
          r.put("relevant_statements", row.getAs("relevant_statements"));
          r.put("evidence", evidence);
        }
        rows.add(r);
        out.printf(Locale.ROOT, "%-36s %-5s gold %-7s predicted %-7s %s%s%s%n", speaker, clear ? "clear" : "weak",
            expected, predicted, ok ? "RIGHT" : "WRONG", row == null ? " (no statements found)" : "",
            evidence == null ? "" : "  evidence: " + evidence.replaceAll("\\s+", " "));
        lines.add(String.join("\t", speaker, clear ? "clear" : "weak", expected.name(), predicted.name(),
            Boolean.toString(ok), Boolean.toString(row != null),
            row == null ? "" : String.valueOf(row.<Double>getAs("net_score")),
            row == null ? "" : String.valueOf(row.<Double>getAs("net_low")),
            row == null ? "" : String.valueOf(row.<Double>getAs("net_high")),
            row == null ? "" : String.valueOf(row.<Long>getAs("statements")),
            row == null ? "" : String.valueOf(row.<Long>getAs("relevant_statements")),
            evidence == null ? "" : evidence.replaceAll("\\s+", " ")));
      }
    }
    writePredictions(predictions, lines);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("task", "stance");
    figures.put("format", "seed");
    figures.put("gold", goldFiles.toString());
    figures.put("target", target.name());
    figures.put("model", modelFor(target).toString());
    figures.put("clear_rows", total[0]);
    figures.put("clear_right", right[0]);
    figures.put("clear_accuracy", total[0] == 0 ? null : StanceMetricsRound.round((double) right[0] / total[0]));
    figures.put("weak_rows", total[1]);
    figures.put("weak_right", right[1]);
    figures.put("weak_accuracy", total[1] == 0 ? null : StanceMetricsRound.round((double) right[1] / total[1]));
    figures.put("speakers_found", found);
    figures.put("speakers", rows);
    figures.put("anchors", Map.of("target_clear_accuracy", 1.0));
    return figures;
  }

  private static String key(String speaker) {
    return speaker.trim().toLowerCase(Locale.ROOT);
  }

  static List<Path> stanceFiles(Path gold) {
    if (Files.isRegularFile(gold)) {
      return List.of(gold);
    }
    try (Stream<Path> files = Files.list(gold)) {
      List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(".stance.tsv")).sorted().toList();
      if (found.isEmpty()) {
        throw new IllegalArgumentException("no *.stance.tsv and not a GWSD TSV: " + gold);
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows of a seed stance file: speaker, stance, clarity, why; '#' lines and the header skipped. */
  private static List<String[]> goldRows(Path file) {
    List<String[]> rows = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("speaker\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 3) {
          throw new IllegalArgumentException(file + ": expected speaker, stance, clarity in: " + line);
        }
        rows.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is not worth failing the evaluation for.
    }
  }

  static void print(PrintStream out, Map<String, Object> figures) {
    try {
      out.println(new ObjectMapper().writeValueAsString(figures));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writePredictions(Path predictions, List<String> lines) {
    if (predictions == null) {
      return;
    }
    try {
      if (predictions.getParent() != null) {
        Files.createDirectories(predictions.getParent());
      }
      Files.write(predictions, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + predictions, e);
    }
  }

  /** Four decimals, as the other figures. */
  private static final class StanceMetricsRound {
    static double round(double v) {
      return Math.round(v * 10000) / 10000.0;
    }
  }
}
