package io.stancelens.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted statements against gold ones in one article. A prediction and a gold statement match
 * when their content spans overlap (by at least one character; of the same kind when the gold is the
 * seed's); the pairing is one-to-one, greatest overlap first, with a shared cue (overlapping cue spans or
 * the same cue word) preferred. The speaker of a matched pair is right when:
 * <ul>
 *   <li>gold NONE (scare quote, title): the prediction's speaker type is NONE;</li>
 *   <li>gold without a source (PolNeAR "Attribution-no-source"): the prediction names no mention;</li>
 *   <li>otherwise: the predicted mention overlaps the gold source span, or the names agree (same
 *       folded name, or one's name words contained in the other's, last words equal).</li>
 * </ul>
 */
final class AttributionScorer {

  /** Running totals over articles. */
  static final class Totals {
    int gold;
    int predicted;
    int matched;
    int speakerCorrect;
    final Map<String, int[]> byKind = new LinkedHashMap<>();

    void add(String kind, boolean goldSide, boolean predSide, boolean match, boolean speakerRight) {
      int[] k = byKind.computeIfAbsent(kind, x -> new int[4]);
      if (goldSide) {
        k[0]++;
      }
      if (predSide) {
        k[1]++;
      }
      if (match) {
        k[2]++;
      }
      if (speakerRight) {
        k[3]++;
      }
    }

    double precision() {
      return predicted == 0 ? 0 : (double) matched / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double speakerAccuracy() {
      return matched == 0 ? 0 : (double) speakerCorrect / matched;
    }
  }

  /** One scored pair, or an unmatched side (the other null). */
  record Pair(GoldStatement gold, Statement predicted, boolean speakerCorrect) {}

  private final boolean kindMustMatch;

  AttributionScorer(boolean kindMustMatch) {
    this.kindMustMatch = kindMustMatch;
  }

  List<Pair> score(String text, List<GoldStatement> gold, List<Statement> predicted, Totals totals) {
    record Candidate(int g, int p, double score) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      GoldStatement gs = gold.get(g);
      for (int p = 0; p < predicted.size(); p++) {
        Statement ps = predicted.get(p);
        int overlap = Math.min(gs.end(), ps.end()) - Math.max(gs.begin(), ps.begin());
        if (overlap <= 0 || (kindMustMatch && gs.kind() != null && !gs.kind().equals(ps.kind()))) {
          continue;
        }
        int union = Math.max(gs.end(), ps.end()) - Math.min(gs.begin(), ps.begin());
        double score = (double) overlap / union + (sameCue(text, gs, ps) ? 1.0 : 0.0);
        candidates.add(new Candidate(g, p, score));
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
    Set<Integer> usedGold = new HashSet<>();
    Set<Integer> usedPred = new HashSet<>();
    List<Pair> pairs = new ArrayList<>();
    for (Candidate c : candidates) {
      if (usedGold.contains(c.g()) || usedPred.contains(c.p())) {
        continue;
      }
      usedGold.add(c.g());
      usedPred.add(c.p());
      GoldStatement gs = gold.get(c.g());
      Statement ps = predicted.get(c.p());
      boolean right = speakerCorrect(text, gs, ps);
      pairs.add(new Pair(gs, ps, right));
      totals.matched++;
      if (right) {
        totals.speakerCorrect++;
      }
      totals.add(gs.kind(), true, false, true, right);
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!usedGold.contains(g)) {
        pairs.add(new Pair(gold.get(g), null, false));
        totals.add(gold.get(g).kind(), true, false, false, false);
      }
    }
    for (int p = 0; p < predicted.size(); p++) {
      totals.add(predicted.get(p).kind(), false, true, false, false);
      if (!usedPred.contains(p)) {
        pairs.add(new Pair(null, predicted.get(p), false));
      }
    }
    totals.gold += gold.size();
    totals.predicted += predicted.size();
    return pairs;
  }

  private static boolean sameCue(String text, GoldStatement g, Statement p) {
    if (p.cue() == null) {
      return false;
    }
    if (g.cueBegin() >= 0 && p.cueBegin() != null) {
      return g.cueBegin() < p.cueEnd() && p.cueBegin() < g.cueEnd();
    }
    if (g.cue() == null) {
      return false;
    }
    String gw = SpeakerNames.fold(g.cue()).split(" ")[0];
    String pw = SpeakerNames.fold(p.cue()).split(" ")[0];
    return !gw.isEmpty() && (gw.equals(pw) || gw.startsWith(pw) || pw.startsWith(gw));
  }

  static boolean speakerCorrect(String text, GoldStatement g, Statement p) {
    if (Statement.NONE.equals(g.speaker()) || Statement.NONE.equals(g.speakerType())) {
      return Statement.NONE.equals(p.speakerType());
    }
    if (Statement.NONE.equals(p.speakerType())) {
      return false;
    }
    if (g.speaker() == null) {
      return p.speakerBegin() == null;
    }
    if (g.sourceBegin() >= 0 && p.speakerBegin() != null && p.speakerEnd() != null
        && g.sourceBegin() < p.speakerEnd() && p.speakerBegin() < g.sourceEnd()) {
      return true;
    }
    return p.speaker() != null && sameName(g.speaker(), p.speaker());
  }

  /** "Polish defense enterprise director" ~ "a Polish defense enterprise director"; "Putin" ~ "Vladimir Putin". */
  static boolean sameName(String gold, String predicted) {
    List<String> g = SpeakerNames.nameTokens(gold);
    List<String> p = SpeakerNames.nameTokens(predicted);
    if (g.isEmpty() || p.isEmpty()) {
      return false;
    }
    if (!g.get(g.size() - 1).equals(p.get(p.size() - 1))) {
      return false;
    }
    return p.containsAll(g) || g.containsAll(p);
  }
}
