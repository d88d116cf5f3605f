package io.stancelens.stance;

import io.stancelens.attribution.Statement;
import java.util.ArrayList;
import java.util.List;

/** Attribution's statements as stance statements: those with a speaker (scare quotes and titles have none). */
public final class StanceStatements {

  private StanceStatements() {}

  public static List<StanceStatement> of(List<Statement> statements) {
    List<StanceStatement> out = new ArrayList<>(statements.size());
    for (Statement s : statements) {
      if (s.speaker() == null || Statement.NONE.equals(s.speakerType())) {
        continue;
      }
      out.add(new StanceStatement("q" + s.quoteIndex(), s.quoteIndex(), s.kind(), s.begin(), s.end(), s.speaker(),
          s.speakerType()));
    }
    return out;
  }
}
