package io.stancelens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordVectorsTest {

  @Test
  void loadsCoreNlpVectorsAndRelatesWordsByMeaning() {
    WordVectors vectors = WordVectors.get();
    assertTrue(vectors.size() > 100_000, "vocabulary " + vectors.size());
    assertNotNull(vectors.vector("ceasefire"));
    assertNotNull(vectors.vector("KREMLIN"), "falls back to lower case");
    assertNull(vectors.vector("qqzxqqzx"));
    double near = vectors.similarity("truce", "ceasefire");
    double far = vectors.similarity("truce", "banana");
    assertTrue(near > far + 0.2, "truce~ceasefire " + near + " vs truce~banana " + far);
  }

  @Test
  void meanOfKnownWordsIsUnitLength() {
    double[] mean = WordVectors.get().meanUnit(List.of("Putin", "declined", "qqzxqqzx", "."));
    double norm = 0;
    for (double x : mean) {
      norm += x * x;
    }
    assertEquals(1.0, norm, 1e-9);
    double[] none = WordVectors.get().meanUnit(List.of("qqzxqqzx"));
    assertEquals(0.0, none[0]);
  }
}
