package io.stancelens.stance;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import io.stancelens.nlp.CoreNlpProperties;
import io.stancelens.nlp.Pipelines;
import io.stancelens.testing.SharedSpark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Real seed text parsed on the run's own CoreNLP pipeline, and the repository's target files. */
final class StanceFixtures {

  private StanceFixtures() {}

  static StanceTarget ceasefire() {
    return StanceTarget.load(SharedSpark.repo().resolve("models/targets/ceasefire.properties"));
  }

  static StanceTarget globalWarming() {
    return StanceTarget.load(SharedSpark.repo().resolve("models/targets/global-warming.properties"));
  }

  static String seedArticle() {
    try {
      return Files.readString(SharedSpark.repo().resolve("data/gold/seed/putin-trump-call.txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed article's line that contains the fragment, exactly as in the article. */
  static String seedLine(String fragment) {
    return seedArticle().lines().filter(l -> l.contains(fragment)).findFirst()
        .orElseThrow(() -> new AssertionError("not in the seed article: " + fragment));
  }

  static List<CoreMap> parse(String text) {
    Annotation document = new Annotation(text);
    Pipelines.get(CoreNlpProperties.annotate()).annotate(document);
    return document.get(CoreAnnotations.SentencesAnnotation.class);
  }

  static CoreMap sentenceContaining(List<CoreMap> sentences, String fragment) {
    return sentences.stream().filter(s -> s.get(CoreAnnotations.TextAnnotation.class).contains(fragment))
        .findFirst().orElseThrow(() -> new AssertionError("no sentence with: " + fragment));
  }

  static Path modelDir() {
    return SharedSpark.repo().resolve(StanceTraining.DEFAULT_MODEL_DIR);
  }

  /** GWSD's train file in the shared corpora ({@code -Dstancelens.corpus=DIR} overrides where they are). */
  static Path gwsd() {
    String corpus = System.getProperty("stancelens.corpus");
    Path root = corpus != null ? Path.of(corpus) : SharedSpark.sharedCorpus();
    return root.resolve("gwsd/gwsd.train.tsv");
  }
}
