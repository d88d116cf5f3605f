package io.stancelens.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * NewsMTSC train (Hamborg & Donnay, EACL 2021): political-news sentences with a named person and the
 * sentiment the sentence expresses toward that person (polarity 2 negative, 4 neutral, 6 positive), read as
 * stance items toward a target the stance model is never trained on: negative -> AGAINST, neutral ->
 * NEUTRAL, positive -> FAVOR. The person's mention (and the further mentions the corpus marks) are the
 * target mentions; the features are computed in the namespace {@value #NAMESPACE}, so only the generic
 * features can score them. Training uses them to choose the regularisation by how well the generic part
 * transfers to a new target.
 */
public final class NewsMtscCorpus {

  public static final String NAMESPACE = "newsmtsc-person";

  /** One (sentence, person) pair. */
  public record Item(String sentence, int from, int to, List<int[]> furtherMentions, StanceLabel label) {}

  private NewsMtscCorpus() {}

  /** The pairs of the first {@code lines} lines (0 = all); a malformed line is a clear error. */
  public static List<Item> read(Path file, int lines) {
    List<String> all;
    try {
      all = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NewsMTSC file " + file, e);
    }
    ObjectMapper json = new ObjectMapper();
    List<Item> items = new ArrayList<>();
    int n = lines > 0 ? Math.min(lines, all.size()) : all.size();
    for (int i = 0; i < n; i++) {
      if (all.get(i).isBlank()) {
        continue;
      }
      try {
        JsonNode line = json.readTree(all.get(i));
        String sentence = line.get("sentence_normalized").asText();
        for (JsonNode t : line.get("targets")) {
          int polarity = t.get("polarity").asInt();
          StanceLabel label = polarity < 4 ? StanceLabel.AGAINST : polarity > 4 ? StanceLabel.FAVOR
              : StanceLabel.NEUTRAL;
          List<int[]> further = new ArrayList<>();
          if (t.has("further_mentions")) {
            for (JsonNode f : t.get("further_mentions")) {
              further.add(new int[] {f.get("from").asInt(), f.get("to").asInt()});
            }
          }
          items.add(new Item(sentence, t.get("from").asInt(), t.get("to").asInt(), further, label));
        }
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a NewsMTSC line: " + e.getMessage(), e);
      }
    }
    return items;
  }

  /**
   * Features of an item on its annotated sentence(s): the sentence holding the person's mention, relative to
   * that mention and the further mentions in the same sentence. Null when no token covers the mention.
   */
  public static StanceFeatures.Extracted features(List<CoreMap> sentences, Item item) {
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int[] primary = tokenRange(tokens, item.from(), item.to());
      if (primary == null) {
        continue;
      }
      List<int[]> mentions = new ArrayList<>();
      mentions.add(primary);
      for (int[] f : item.furtherMentions()) {
        int[] r = tokenRange(tokens, f[0], f[1]);
        if (r != null) {
          mentions.add(r);
        }
      }
      mentions.sort(Comparator.comparingInt(r -> r[0]));
      return StanceFeatures.of(sentence, NAMESPACE, mentions, 0, tokens.size());
    }
    return null;
  }

  private static int[] tokenRange(List<CoreLabel> tokens, int from, int to) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.endPosition() > from && t.beginPosition() < to) {
        first = first < 0 ? i : first;
        last = i + 1;
      }
    }
    return first < 0 ? null : new int[] {first, last};
  }
}
