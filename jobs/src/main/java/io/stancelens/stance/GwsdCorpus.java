package io.stancelens.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The Global Warming Stance Dataset TSV ({@code round batch sent_id sentence worker_0..7 disagree agree
 * neutral guid}). Screening items ({@code sent_id} s0..s4, repeated in every batch) are left out.
 *
 * <p>Label rule: the argmax of the corpus's own estimated probabilities ({@code agree}, {@code disagree},
 * {@code neutral}; Luo et al. estimate them from the 8 workers' votes weighted by each worker's estimated
 * reliability), mapped agree -> FAVOR, disagree -> AGAINST, neutral -> NEUTRAL. A row without them falls back
 * to the workers' majority vote (ties -> NEUTRAL).
 *
 * <p>Split: an item is held out when the first 4 bytes of SHA-256({@value #SPLIT_SEED} + ":" + the
 * lower-cased, whitespace-normalised sentence), as an unsigned number, modulo 100 are below
 * {@value #HELD_OUT_PERCENT}. Fixed, so training never sees the held-out part, and duplicated sentences
 * land on the same side.
 */
public final class GwsdCorpus {

  public static final String SPLIT_SEED = "stancelens-gwsd-split-1";
  public static final int HELD_OUT_PERCENT = 20;

  /**
   * One labelled sentence.
   *
   * @param confidence the estimated probability of the label ({@code labelSource} "probabilities"), or the
   *                   share of the workers who voted for it ("majority")
   * @param agreement  the share of the 8 workers whose vote is the label
   */
  public record Item(String guid, String sentence, StanceLabel label, boolean heldOut, String labelSource,
                     double confidence, double agreement) {}

  private GwsdCorpus() {}

  public static boolean looksLikeGwsd(Path file) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = reader.readLine();
      return header != null && header.contains("worker_0") && header.contains("sentence");
    } catch (IOException e) {
      return false;
    }
  }

  public static List<Item> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read GWSD file " + file, e);
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("empty GWSD file " + file);
    }
    List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
    int sentId = column(header, "sent_id", file);
    int sentence = column(header, "sentence", file);
    int guid = column(header, "guid", file);
    int agree = column(header, "agree", file);
    int disagree = column(header, "disagree", file);
    int neutral = column(header, "neutral", file);
    int worker0 = column(header, "worker_0", file);
    List<Item> items = new ArrayList<>();
    for (int n = 1; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) {
        continue;
      }
      String[] f = lines.get(n).split("\t", -1);
      if (f.length < header.size()) {
        throw new IllegalArgumentException(file + ":" + (n + 1) + ": " + f.length + " fields, header has "
            + header.size());
      }
      if (f[sentId].matches("s[0-4]")) {
        continue;
      }
      StanceLabel label;
      String source;
      double confidence;
      if (!f[agree].isBlank()) {
        double[] p = new double[3];
        p[StanceLabel.FAVOR.ordinal()] = Double.parseDouble(f[agree]);
        p[StanceLabel.AGAINST.ordinal()] = Double.parseDouble(f[disagree]);
        p[StanceLabel.NEUTRAL.ordinal()] = Double.parseDouble(f[neutral]);
        int best = 0;
        for (int k = 1; k < 3; k++) {
          if (p[k] > p[best]) {
            best = k;
          }
        }
        label = StanceLabel.ofIndex(best);
        source = "probabilities";
        confidence = p[best];
      } else {
        label = majority(f, worker0);
        source = "majority";
        confidence = -1;
      }
      double agreement = share(f, worker0, label);
      String text = f[sentence].trim();
      items.add(new Item(f[guid], text, label, heldOut(text), source, confidence < 0 ? agreement : confidence,
          agreement));
    }
    return items;
  }

  public static boolean heldOut(String sentence) {
    return bucket(SPLIT_SEED, sentence) % 100 < HELD_OUT_PERCENT;
  }

  /** The share of the workers who voted (of those with a vote) whose vote is {@code label}. */
  private static double share(String[] f, int worker0, StanceLabel label) {
    int votes = 0;
    int same = 0;
    for (int w = 0; w < 8; w++) {
      String vote = f[worker0 + w];
      if (!vote.isBlank()) {
        votes++;
        same += StanceLabel.ofGwsd(vote) == label ? 1 : 0;
      }
    }
    return votes == 0 ? 0 : (double) same / votes;
  }

  /**
   * Which of {@code folds} cross-validation folds a training sentence falls in: like the held-out split a
   * hash of the normalised sentence (another seed), so duplicated sentences stay in one fold.
   */
  public static int fold(String sentence, int folds) {
    return (int) (bucket("stancelens-gwsd-cv-1", sentence) % folds);
  }

  private static long bucket(String seed, String sentence) {
    String key = seed + ":" + sentence.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static StanceLabel majority(String[] f, int worker0) {
    int[] votes = new int[3];
    for (int w = 0; w < 8; w++) {
      String vote = f[worker0 + w];
      if (!vote.isBlank()) {
        votes[StanceLabel.ofGwsd(vote).ordinal()]++;
      }
    }
    int best = StanceLabel.NEUTRAL.ordinal();
    for (int k = 0; k < 3; k++) {
      if (votes[k] > votes[best]) {
        best = k;
      }
    }
    return StanceLabel.ofIndex(best);
  }

  private static int column(List<String> header, String name, Path file) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(file + ": no column '" + name + "' in the header");
    }
    return i;
  }
}
