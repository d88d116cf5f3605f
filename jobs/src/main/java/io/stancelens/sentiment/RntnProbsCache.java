package io.stancelens.sentiment;

import io.stancelens.nlp.CoreNlpProperties;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * Training's memo of the RNTN probabilities of a list of items (annotating the 4,036 NYT snippets takes
 * minutes): a TSV under {@code java.io.tmpdir}/stancelens-rntn-cache, named by the SHA-256 of the items'
 * ids and texts and of the pipeline's properties, so a change to either misses it. Only training uses it;
 * {@code evaluate} always annotates.
 */
final class RntnProbsCache {

  private RntnProbsCache() {}

  static RntnScores.Snippet[] probs(List<NytItem> items, PrintStream out) throws IOException {
    Path file = Path.of(System.getProperty("java.io.tmpdir"), "stancelens-rntn-cache", key(items) + ".tsv");
    if (Files.isRegularFile(file)) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() == items.size()) {
        RntnScores.Snippet[] probs = new RntnScores.Snippet[items.size()];
        int classes = SentimentLabel.values().length;
        for (int i = 0; i < items.size(); i++) {
          String[] f = lines.get(i).split("\t");
          if (!f[0].equals(items.get(i).id()) || f.length != 1 + classes + RntnNodes.STATS) {
            throw new IllegalStateException(file + ": line " + (i + 1) + " is not item " + items.get(i).id()
                + " with " + (classes + RntnNodes.STATS) + " values");
          }
          double[] v = new double[f.length - 1];
          for (int k = 1; k < f.length; k++) {
            v[k - 1] = Double.parseDouble(f[k]);
          }
          probs[i] = new RntnScores.Snippet(java.util.Arrays.copyOfRange(v, 0, classes),
              java.util.Arrays.copyOfRange(v, classes, v.length));
        }
        out.printf("RNTN probabilities of %d items read from %s%n", items.size(), file);
        return probs;
      }
    }
    RntnScores.Snippet[] probs = NytFrames.rntn(items);
    Files.createDirectories(file.getParent());
    Path tmp = Files.createTempFile(file.getParent(), "rntn", ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (int i = 0; i < items.size(); i++) {
        StringBuilder line = new StringBuilder(items.get(i).id());
        for (double p : probs[i].probs()) {
          line.append('\t').append(p);
        }
        for (double p : probs[i].nodes()) {
          line.append('\t').append(p);
        }
        w.write(line.append('\n').toString());
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return probs;
  }

  private static String key(List<NytItem> items) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (NytItem item : items) {
        digest.update((item.id() + "\t" + item.text() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      digest.update(("rntn-nodes-" + RntnNodes.STATS + "\n").getBytes(StandardCharsets.UTF_8));
      digest.update(new TreeMap<>(CoreNlpProperties.annotate()).toString().getBytes(StandardCharsets.UTF_8));
      digest.update(String.valueOf(RntnScores.class.getPackage().getImplementationVersion())
          .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
