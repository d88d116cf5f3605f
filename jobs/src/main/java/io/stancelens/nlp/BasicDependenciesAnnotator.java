package io.stancelens.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.lexparser.EnglishTreebankParserParams;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure.Extras;
import edu.stanford.nlp.trees.GrammaticalStructureFactory;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Filters;
import java.util.Properties;
import java.util.Set;

/**
 * The basic Universal Dependencies graph of each sentence, from its constituency tree: the one graph the
 * project reads (attribution and stance walk {@code BasicDependenciesAnnotation}).
 *
 * <p>CoreNLP's parse annotator, with {@code parse.buildgraphs} on, converts every tree five times (basic,
 * collapsed, CC-processed, enhanced, enhanced++), each from a new GrammaticalStructure: measured here that
 * is ~70% of the parse annotator's time. With {@code parse.buildgraphs=false} the parser only parses and
 * this annotator makes the basic graph once, exactly as the parse annotator would: the same grammatical
 * structure factory (English, universal dependencies, punctuation kept, the typed-dependency head finder),
 * the same tree, {@code SemanticGraphFactory.generateUncollapsedDependencies} with no extra dependencies.
 * {@code BasicDependenciesAnnotatorTest} checks the graphs are CoreNLP's on real articles. (CoreNLP's
 * conversion is not deterministic on every tree: on ~0.6% of news sentences, converting the same tree
 * again can attach a word elsewhere, from identity-hash ordering inside the converter; there the test
 * accepts any graph CoreNLP itself gives for that tree.)
 *
 * <p>Registered in {@link CoreNlpProperties} as the custom annotator {@code basicdeps}.
 */
public final class BasicDependenciesAnnotator implements Annotator {

  private final GrammaticalStructureFactory factory;

  /** The constructor CoreNLP calls for {@code customAnnotatorClass.basicdeps}. */
  public BasicDependenciesAnnotator(String name, Properties props) {
    EnglishTreebankParserParams params = new EnglishTreebankParserParams();
    this.factory = params.treebankLanguagePack()
        .grammaticalStructureFactory(Filters.acceptFilter(), params.typedDependencyHeadFinder());
  }

  @Override
  public void annotate(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      Tree tree = sentence.get(TreeCoreAnnotations.TreeAnnotation.class);
      if (tree != null) {
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
            SemanticGraphFactory.generateUncollapsedDependencies(factory.newGrammaticalStructure(tree), Extras.NONE));
      }
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        TreeCoreAnnotations.TreeAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
  }
}
