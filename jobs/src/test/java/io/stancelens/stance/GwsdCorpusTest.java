package io.stancelens.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GWSD rows: label rule, the annotators' confidence and agreement, and the cross-validation folds. */
class GwsdCorpusTest {

  private static final String HEADER = "round\tbatch\tsent_id\tsentence\tworker_0\tworker_1\tworker_2\tworker_3"
      + "\tworker_4\tworker_5\tworker_6\tworker_7\tdisagree\tagree\tneutral\tguid";

  @Test
  void confidenceIsTheLabelsEstimatedProbabilityAndAgreementTheVoteShare(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("g.tsv");
    Files.write(file, List.of(HEADER,
        "1\t0\ts0\tGlobal warming is a hoax.\tdisagrees\tdisagrees\tdisagrees\tdisagrees\tdisagrees\tdisagrees"
            + "\tdisagrees\tdisagrees\t\t\t\t1_0_s0",
        "1\t0\t7\tSeas are rising fast.\tagrees\tagrees\tagrees\tneutral\tagrees\tagrees\tdisagrees\tagrees"
            + "\t0.05\t0.9\t0.05\t1_0_7",
        "1\t0\t8\tThe panel met on Monday.\tneutral\tneutral\tagrees\tagrees\tneutral\tneutral\tagrees\t"
            + "\t\t\t\t1_0_8"));
    List<GwsdCorpus.Item> items = GwsdCorpus.read(file);
    assertEquals(2, items.size(), "the screening item s0 is left out");
    GwsdCorpus.Item rising = items.get(0);
    assertEquals(StanceLabel.FAVOR, rising.label());
    assertEquals(0.9, rising.confidence(), 1e-12);
    assertEquals(6.0 / 8, rising.agreement(), 1e-12);
    GwsdCorpus.Item panel = items.get(1);
    assertEquals("majority", panel.labelSource());
    assertEquals(StanceLabel.NEUTRAL, panel.label());
    assertEquals(4.0 / 7, panel.agreement(), 1e-12, "7 workers voted");
    assertEquals(panel.agreement(), panel.confidence(), 1e-12, "no estimated probabilities: the vote share");
  }

  @Test
  void foldsAreFixedAndKeepDuplicatedSentencesTogether() {
    int[] sizes = new int[5];
    for (int i = 0; i < 1000; i++) {
      int fold = GwsdCorpus.fold("sentence number " + i, 5);
      assertEquals(fold, GwsdCorpus.fold("Sentence  number " + i + " ", 5));
      sizes[fold]++;
    }
    for (int size : sizes) {
      assertTrue(size > 150 && size < 250, java.util.Arrays.toString(sizes));
    }
  }
}
