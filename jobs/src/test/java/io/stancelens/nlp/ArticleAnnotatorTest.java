package io.stancelens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stancelens.ingest.Article;
import io.stancelens.sentiment.SentimentLabel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The annotator on short real text from the sample article, with the real CoreNLP models. */
class ArticleAnnotatorTest {

  private static final String TEXT = "Oil War\n"
      + "This kind of ceasefire also removes one of the weapons that Ukraine has been using to some extent. "
      + "This weapon was hitting Putin where it hampers his war effort the most.\n"
      + "\n"
      + "Is An Armistice Even Possible?\n"
      + "“Having an armistice at some point is good—and not bad—in the sense that Ukraine cannot win in an "
      + "endless war of attrition.”";

  @Test
  void newlinesBreakSentencesAndOffsetsPointIntoTheText() {
    AnnotatedArticle annotated = ArticleAnnotator.shared().annotate(Article.of("t", TEXT));
    List<Sentence> sentences = annotated.sentences();
    assertEquals(5, sentences.size(), () -> sentences.stream().map(Sentence::text).toList().toString());
    assertEquals("Oil War", sentences.get(0).text());
    assertEquals("Is An Armistice Even Possible?", sentences.get(3).text());
    for (Sentence s : sentences) {
      assertEquals(TEXT.substring(s.begin(), s.end()), s.text());
    }
    assertEquals(List.of(0, 1, 1, 2, 3), sentences.stream().map(Sentence::paragraphIndex).toList());
    assertEquals(List.of(true, false, false, true, false), sentences.stream().map(Sentence::heading).toList());
  }

  @Test
  void sentimentIsADistributionOverFiveClassesWithItsExpectedValue() {
    AnnotatedArticle annotated = ArticleAnnotator.shared().annotate(Article.of("t", TEXT));
    for (Sentence s : annotated.sentences()) {
      assertEquals(5, s.probs().length);
      assertEquals(1.0, Arrays.stream(s.probs()).sum(), 1e-6);
      assertTrue(s.score() >= -1 && s.score() <= 1);
      assertEquals(SentimentLabel.argmax(s.probs()), s.label());
      assertEquals(SentimentLabel.expectedScore(s.probs()), s.score(), 1e-12);
      assertTrue(s.parsed());
    }
  }

  @Test
  void clearlyPositiveAndNegativeSentencesScoreInTheRightDirection() {
    String text = "This is a wonderful, brilliant and very welcome agreement.\n"
        + "This is a terrible, disastrous and shameful betrayal.";
    List<Sentence> s = ArticleAnnotator.shared().annotate(Article.of("t", text)).sentences();
    assertTrue(s.get(0).score() > 0.2, "positive: " + s.get(0).score());
    assertTrue(s.get(1).score() < -0.2, "negative: " + s.get(1).score());
  }

  @Test
  void sentencesLongerThanTheParserBoundGetAFlatTreeAndStillASentiment() {
    String longSentence = String.join(" ", java.util.Collections.nCopies(
        CoreNlpProperties.PARSE_MAX_LENGTH + 30, "drone")) + ".";
    Sentence s = ArticleAnnotator.shared().annotate(Article.of("t", longSentence)).sentences().get(0);
    assertFalse(s.parsed());
    assertEquals(1.0, Arrays.stream(s.probs()).sum(), 1e-6);
  }
}
