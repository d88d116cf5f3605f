package io.stancelens.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import io.stancelens.attribution.Attributor;
import io.stancelens.ingest.Article;
import io.stancelens.sentiment.RntnNodes;
import io.stancelens.sentiment.SentimentLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.ejml.simple.SimpleMatrix;

/**
 * Annotates one article with the job's CoreNLP pipeline: sentences with offsets into the article text and
 * RNTN sentiment. Plain Java; thread-safe, since the shared pipeline is.
 */
public final class ArticleAnnotator {

  private static final int MAX_HEADING_TOKENS = 12;

  private final StanfordCoreNLP pipeline;
  private final int parseMaxLength;
  private final Attributor attributor = new Attributor();

  private ArticleAnnotator(StanfordCoreNLP pipeline, int parseMaxLength) {
    this.pipeline = pipeline;
    this.parseMaxLength = parseMaxLength;
  }

  /** The annotator {@code run} uses, on this JVM's shared pipeline (loaded on first use). */
  public static ArticleAnnotator shared() {
    Properties props = CoreNlpProperties.annotate();
    return new ArticleAnnotator(Pipelines.get(props), CoreNlpProperties.PARSE_MAX_LENGTH);
  }

  public AnnotatedArticle annotate(Article article) {
    return parse(article).annotated();
  }

  /** The article's annotation together with the CoreNLP document (tokens, parses) later stages read. */
  public record Parsed(AnnotatedArticle annotated, Annotation document) {
    public List<CoreMap> coreSentences() {
      return document.get(CoreAnnotations.SentencesAnnotation.class);
    }
  }

  public Parsed parse(Article article) {
    String text = article.text();
    Annotation document = new Annotation(text);
    pipeline.annotate(document);
    int[] paragraphOf = ParagraphIndex.of(text);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(toSentence(text, sentences.size(), sentence, paragraphOf));
    }
    return new Parsed(new AnnotatedArticle(article, sentences, attributor.attribute(article.id(), text, document)),
        document);
  }

  private Sentence toSentence(String text, int index, CoreMap sentence, int[] paragraphOf) {
    int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
    SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(tree);
    double[] probs = new double[predictions.getNumElements()];
    for (int i = 0; i < probs.length; i++) {
      probs[i] = predictions.get(i);
    }
    String sentenceText = text.substring(begin, end);
    return new Sentence(index, paragraphOf[begin], begin, end, sentenceText, tokens.size(),
        isHeading(text, begin, end, tokens.size()), tokens.size() <= parseMaxLength,
        SentimentLabel.argmax(probs), probs, SentimentLabel.expectedScore(probs), RntnNodes.stats(tree));
  }

  /**
   * A whole line of its own, short, and not ending like a sentence of prose: "Oil War" and
   * "Is An Armistice Even Possible?" are headings; a one-line paragraph ending in a full stop is not.
   */
  static boolean isHeading(String text, int begin, int end, int tokens) {
    boolean lineStart = begin == 0 || text.charAt(begin - 1) == '\n';
    boolean lineEnd = end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r';
    if (!lineStart || !lineEnd || tokens > MAX_HEADING_TOKENS) {
      return false;
    }
    char last = text.charAt(end - 1);
    return ".:;,\"”’'".indexOf(last) < 0;
  }
}
