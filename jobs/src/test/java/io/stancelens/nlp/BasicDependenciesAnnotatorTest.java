package io.stancelens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.parser.lexparser.EnglishTreebankParserParams;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.GrammaticalStructureFactory;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Filters;
import io.stancelens.testing.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The run's pipeline builds the basic dependency graph with {@link BasicDependenciesAnnotator} instead of
 * the parse annotator's five conversions: the graphs must be exactly the ones CoreNLP's parse annotator
 * makes. Compared against a pipeline with the same tokenizer, tagger and shift-reduce parser and CoreNLP's
 * own graph building, on the sample article, real PolNeAR articles and a sentence past the parser's bound.
 */
class BasicDependenciesAnnotatorTest {

  @Test
  void graphsAreThoseOfCoreNlpsParseAnnotator() throws IOException {
    Properties reference = CoreNlpProperties.annotate();
    reference.setProperty("annotators", "tokenize,ssplit,pos,parse");
    reference.remove("customAnnotatorClass.basicdeps");
    reference.setProperty("parse.buildgraphs", "true");
    StanfordCoreNLP theirs = new StanfordCoreNLP(reference);
    StanfordCoreNLP ours = Pipelines.get(CoreNlpProperties.annotate());

    int sentences = 0;
    int unstable = 0;
    for (String text : texts()) {
      List<CoreMap> a = sentences(ours, text);
      List<CoreMap> b = sentences(theirs, text);
      assertEquals(b.size(), a.size());
      for (int i = 0; i < a.size(); i++) {
        SemanticGraph got = a.get(i).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        SemanticGraph want = b.get(i).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        assertNotNull(got, "no graph for: " + a.get(i));
        String gotList = got.toString(SemanticGraph.OutputFormat.LIST);
        if (!want.toString(SemanticGraph.OutputFormat.LIST).equals(gotList)) {
          // CoreNLP's converter is not deterministic on a few trees: ours must be one of its own answers.
          Set<String> coreNlps = conversions(b.get(i).get(TreeCoreAnnotations.TreeAnnotation.class));
          assertTrue(coreNlps.size() > 1 && coreNlps.contains(gotList),
              "sentence: " + a.get(i) + "\nours:\n" + gotList + "\nCoreNLP's:\n" + coreNlps);
          unstable++;
        }
        assertTrue(a.get(i).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class) == null,
            "the parse annotator should not build the other graphs any more");
        sentences++;
      }
    }
    assertTrue(sentences > 150, "compared " + sentences);
    assertTrue(unstable <= sentences / 50, unstable + " of " + sentences + " differ");
  }

  /** The basic graphs CoreNLP's own conversion gives this tree over repeated conversions. */
  private static Set<String> conversions(Tree tree) {
    EnglishTreebankParserParams params = new EnglishTreebankParserParams();
    GrammaticalStructureFactory factory = params.treebankLanguagePack()
        .grammaticalStructureFactory(Filters.acceptFilter(), params.typedDependencyHeadFinder());
    Set<String> graphs = new HashSet<>();
    for (int r = 0; r < 20; r++) {
      graphs.add(SemanticGraphFactory.generateUncollapsedDependencies(factory.newGrammaticalStructure(tree.deepCopy()),
          GrammaticalStructure.Extras.NONE).toString(SemanticGraph.OutputFormat.LIST));
    }
    return graphs;
  }

  private static List<CoreMap> sentences(StanfordCoreNLP pipeline, String text) {
    Annotation document = new Annotation(text);
    pipeline.annotate(document);
    return document.get(CoreAnnotations.SentencesAnnotation.class);
  }

  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>();
    texts.add(Files.readString(SharedSpark.repo().resolve("data/sample/putin-trump-call.txt")));
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(SharedSpark.sharedCorpus().resolve("polnear/polnear.dev.jsonl"));
    for (String line : lines.subList(0, 8)) {
      texts.add(json.readTree(line).get("text").asText());
    }
    // Past parse.maxlen: CoreNLP's flat fallback tree, whose graph must match too.
    texts.add("word ".repeat(CoreNlpProperties.PARSE_MAX_LENGTH + 10).trim() + ".");
    return texts;
  }
}
