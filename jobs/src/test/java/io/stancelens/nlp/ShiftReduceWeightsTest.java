package io.stancelens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.shiftreduce.ShiftReduceParser;
import edu.stanford.nlp.parser.shiftreduce.Weight;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import io.stancelens.testing.SharedSpark;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The open-addressing weight table gives the shift-reduce parser exactly the parses of CoreNLP's own map. */
class ShiftReduceWeightsTest {

  @Test
  void lookupsAgreeWithTheMapItWasBuiltFrom() {
    Map<String, Weight> map = new HashMap<>();
    for (int i = 0; i < 5000; i++) {
      map.put("S0C-" + i, new Weight());
    }
    map.put("", new Weight());
    ShiftReduceWeights table = new ShiftReduceWeights(map);
    for (Map.Entry<String, Weight> e : map.entrySet()) {
      assertSame(e.getValue(), table.get(new String(e.getKey())));
    }
    assertNull(table.get("S0C-5000"));
    assertNull(table.get("not a feature"));
    assertEquals(map.size(), table.size());
  }

  @Test
  void parsesAreTheSameAsWithCoreNlpsOwnMap() throws Exception {
    ShiftReduceParser stock = ShiftReduceParser.loadModel(CoreNlpProperties.SR_PARSER);
    ShiftReduceParser fast = ShiftReduceParser.loadModel(CoreNlpProperties.SR_PARSER);
    assertNotSame(stock, fast);
    assertTrue(ShiftReduceWeights.install(fast));

    // Tagged sentences from real news: the sample article and PolNeAR articles, tagged by the run's pipeline.
    List<String> texts = new ArrayList<>();
    texts.add(Files.readString(SharedSpark.repo().resolve("data/sample/putin-trump-call.txt")));
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(SharedSpark.sharedCorpus().resolve("polnear/polnear.dev.jsonl"));
    for (String line : lines.subList(10, 14)) {
      texts.add(json.readTree(line).get("text").asText());
    }
    int compared = 0;
    for (String text : texts) {
      Annotation document = new Annotation(text);
      Pipelines.get(CoreNlpProperties.annotate()).annotate(document);
      for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens.size() > CoreNlpProperties.PARSE_MAX_LENGTH) {
          continue;
        }
        Tree a = stock.parse(tokens);
        Tree b = fast.parse(tokens);
        assertEquals(a.toString(), b.toString(), "sentence: " + sentence);
        compared++;
      }
    }
    assertTrue(compared > 100, "compared " + compared);
  }
}
