package io.stancelens.attribution;

import java.util.List;

/** Which statement a sentence belongs to, so sentence sentiment can be grouped by speaker. */
public final class StatementOfSentence {

  private StatementOfSentence() {}

  /**
   * The statement whose content overlaps the sentence most, direct quotes before reported speech; scare
   * quotes and titles (speaker NONE) are nobody's statement. Null when none.
   */
  public static Statement find(List<Statement> statements, int begin, int end) {
    Statement best = null;
    int bestScore = 0;
    for (Statement s : statements) {
      if (Statement.NONE.equals(s.speakerType())) {
        continue;
      }
      int overlap = Math.min(end, s.end()) - Math.max(begin, s.begin());
      if (overlap <= 0) {
        continue;
      }
      int score = overlap + (Statement.DIRECT.equals(s.kind()) ? 100_000 : 0);
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    return best;
  }
}
