package io.stancelens.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeakerNamesTest {

  @Test
  void spellingVariantsFoldToOneKey() {
    assertEquals(SpeakerNames.key("Volodymyr Zelensky", "PERSON"), SpeakerNames.key("Volodymyr Zelenskyy", "PERSON"));
    assertEquals(SpeakerNames.key("Zelenskiy", "PERSON"), SpeakerNames.key("Zelensky", "PERSON"));
    assertTrue(SpeakerNames.samePerson("Mr. Trump", "Donald Trump"));
    assertFalse(SpeakerNames.samePerson("Bill Clinton", "Hillary Clinton"));
  }

  @Test
  void canonicalNamesAcrossArticles() {
    Map<String, String> c = SpeakerNames.canonicalize(Map.of(
        "PERSON\tVladimir Putin", 5L, "PERSON\tPutin", 2L,
        "PERSON\tVolodymyr Zelensky", 3L, "PERSON\tVolodymyr Zelenskyy", 1L, "PERSON\tZelenskyy", 1L,
        "PERSON\tHillary Clinton", 2L, "PERSON\tBill Clinton", 1L, "PERSON\tClinton", 4L,
        "ORGANIZATION\tWhite House", 2L, "ORGANIZATION\tthe White House", 1L));
    assertEquals("Vladimir Putin", c.get("PERSON\tPutin"));
    assertEquals("Volodymyr Zelensky", c.get("PERSON\tVolodymyr Zelenskyy"));
    assertEquals("Volodymyr Zelensky", c.get("PERSON\tZelenskyy"));
    assertEquals("Clinton", c.get("PERSON\tClinton"), "two Clintons: a bare 'Clinton' stays as it is");
    assertEquals("Hillary Clinton", c.get("PERSON\tHillary Clinton"));
    assertEquals("White House", c.get("ORGANIZATION\tthe White House"));
  }
}
