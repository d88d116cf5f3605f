package io.stancelens.stance;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.stancelens.nlp.CoreNlpProperties;
import io.stancelens.nlp.Pipelines;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stance features of a stand-alone text (a GWSD sentence) on the run's own CoreNLP pipeline, so the model
 * is trained on exactly the annotations it scores in the job. A text CoreNLP splits in several sentences
 * gets the union of their features and their mean sentiment.
 */
public final class TextFeaturizer {

  private final StanfordCoreNLP pipeline;

  private TextFeaturizer(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  public static TextFeaturizer shared() {
    return new TextFeaturizer(Pipelines.get(CoreNlpProperties.annotate()));
  }

  public StanceFeatures.Extracted features(String text, StanceTarget target) {
    return features(annotate(text), target, false);
  }

  /** Features of the text; with the word vectors when {@code withVectors} (the models that read them). */
  public StanceFeatures.Extracted features(String text, StanceTarget target, boolean withVectors) {
    return features(annotate(text), target, withVectors);
  }

  /** The text's sentences as annotated by the run's pipeline. */
  public List<CoreMap> annotate(String text) {
    Annotation document = new Annotation(text);
    pipeline.annotate(document);
    return document.get(CoreAnnotations.SentencesAnnotation.class);
  }

  /** Features of already annotated sentences: the union of theirs, their mean sentiment. */
  public static StanceFeatures.Extracted features(List<CoreMap> sentences, StanceTarget target) {
    return features(sentences, target, false);
  }

  /**
   * Features of already annotated sentences: the union of theirs, their mean sentiment and (when
   * {@code withVectors}) the mean of their word-vector blocks.
   */
  public static StanceFeatures.Extracted features(List<CoreMap> sentences, StanceTarget target,
                                                  boolean withVectors) {
    Set<String> terms = new LinkedHashSet<>();
    double[] sentiment = new double[StanceModelColumns.SENTIMENT_SIZE];
    double[] vectors = withVectors ? new double[StanceFeatures.VECTOR_SIZE] : null;
    List<int[]> mentions = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      int size = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
      StanceFeatures.Extracted e = StanceFeatures.of(sentence, target, 0, size, withVectors);
      terms.addAll(e.terms());
      mentions.addAll(e.mentions());
      for (int j = 0; j < sentiment.length; j++) {
        sentiment[j] += e.sentiment()[j] / sentences.size();
      }
      if (withVectors) {
        for (int j = 0; j < vectors.length; j++) {
          vectors[j] += e.vectors()[j] / sentences.size();
        }
      }
    }
    if (!mentions.isEmpty()) {
      terms.remove("no_mention");
    }
    return new StanceFeatures.Extracted(List.copyOf(terms), sentiment, mentions, vectors);
  }
}
