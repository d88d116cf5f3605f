package io.stancelens.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stancelens.ingest.Article;
import io.stancelens.ingest.Fixtures;
import io.stancelens.nlp.AnnotatedArticle;
import io.stancelens.nlp.ArticleAnnotator;
import io.stancelens.nlp.Sentence;
import io.stancelens.tables.Rows;
import io.stancelens.tables.Tables;
import io.stancelens.testing.SharedSpark;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;

/**
 * The per-document guards on the real CoreNLP pipeline, in plain Java: a 2,000-token sentence without
 * punctuation is annotated in bounded time with CoreNLP's flat tree, and a document that passes its time
 * limit is abandoned while the shared pipeline goes on.
 */
class DocumentGuardsTest {

  @Test
  void twoThousandTokenSentenceWithoutPunctuationGetsAFlatTreeInBoundedTime() throws Exception {
    ArticleAnnotator annotator = ArticleAnnotator.shared();
    annotator.annotate(Article.of("warm-up", "The pipeline is loaded once."));
    int tokens = Integer.getInteger("stancelens.longSentenceTokens", 2000);
    String text = Fixtures.longSentence(tokens);
    long t0 = System.nanoTime();
    // as the job runs it: on a guard worker (its stack carries the RNTN's recursion over the flat tree)
    AnnotatedArticle a = DocumentTimeGuard.run(() -> annotator.annotate(Article.of("long-sentence", text)),
        Duration.ofSeconds(120));
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("%,d-token sentence without punctuation: %d sentence(s), %d tokens, %.2f s%n",
        tokens, a.sentences().size(), a.tokenCount(), seconds);
    assertEquals(1, a.sentences().size());
    Sentence s = a.sentences().get(0);
    assertTrue(s.tokenCount() >= tokens, "tokens: " + s.tokenCount()); // "19FortyFive" etc. split in two
    assertFalse(s.parsed(), "longer than the parser bound: flat tree, not a parse");
    assertEquals(1.0, java.util.Arrays.stream(s.probs()).sum(), 1e-6);
    // measured here: ~8-13 s (linear: ~4 ms a token past the parser bound, mostly building dependency
    // graphs over the flat tree); the document time guard bounds anything longer
    assertTrue(seconds < 60, "took " + seconds + " s");
  }

  @Test
  void documentPastItsTimeLimitIsAbandonedAndThePipelineGoesOn() throws Exception {
    ArticleAnnotator annotator = ArticleAnnotator.shared();
    String longText = Fixtures.polnear(40).stream().map(Fixtures.NewsText::text)
        .collect(Collectors.joining("\n"));
    Article big = Article.of("big", longText);
    CountDownLatch stopped = new CountDownLatch(1);
    AtomicReference<Throwable> how = new AtomicReference<>();
    long t0 = System.nanoTime();
    DocumentTimeGuard.DocumentTimeoutException timeout = assertThrows(
        DocumentTimeGuard.DocumentTimeoutException.class, () -> DocumentTimeGuard.run(() -> {
          try {
            return annotator.annotate(big);
          } catch (RuntimeException e) {
            how.set(e);
            throw e;
          } finally {
            stopped.countDown();
          }
        }, Duration.ofSeconds(2)));
    double waited = (System.nanoTime() - t0) / 1e9;
    System.out.printf("time guard: %,d-character document abandoned after %.2f s (limit 2 s)%n",
        longText.length(), waited);
    assertTrue(waited < 3, "the caller waited " + waited + " s");
    assertTrue(timeout.elapsedMillis() >= 2000);
    // CoreNLP honours the interrupt: the abandoned work stops instead of running on
    assertTrue(stopped.await(30, TimeUnit.SECONDS), "abandoned annotation did not stop");
    System.out.println("abandoned annotation ended with: " + how.get());
    // the shared pipeline still works for the next document
    AnnotatedArticle next = DocumentTimeGuard.run(() -> annotator.annotate(
        Article.of("seed", Fixtures.seedText())), Duration.ofSeconds(60));
    assertTrue(next.sentences().size() > 20);
  }

  @Test
  void annotateFunctionTurnsATimeoutIntoARejectAndGoesOnToTheNextArticle() throws Exception {
    String longText = Fixtures.polnear(40).stream().map(Fixtures.NewsText::text)
        .collect(Collectors.joining("\n"));
    List<Row> in = List.of(withSchema(Article.of("too-slow", longText)),
        withSchema(Article.of("short", "Putin agreed to a limited ceasefire. Zelensky called it a first step.")));
    AnnotateFunction function = new AnnotateFunction(Duration.ofSeconds(3), io.stancelens.sentiment.NewsScorer.load(
        io.stancelens.sentiment.NewsSentimentModel.defaultDir(SharedSpark.get())));
    Iterator<Row> out = function.call(in.iterator());
    Row first = out.next();
    Row reject = first.getAs(Tables.ANNOTATED.fieldIndex("reject"));
    assertTrue(reject != null, "the slow article must be a reject");
    assertEquals("annotate", reject.getString(2));
    assertEquals("timeout", reject.getString(3));
    System.out.println("timeout reject: " + reject.getString(4));
    Row second = out.next();
    assertTrue(second.getAs(Tables.ANNOTATED.fieldIndex("reject")) == null, "the next article is annotated: " + second.getAs(Tables.ANNOTATED.fieldIndex("reject")));
    assertEquals(2, ((scala.collection.Seq<?>) second.get(1)).size());
  }

  private static Row withSchema(Article a) {
    Row row = Rows.article(a);
    Object[] values = new Object[row.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    return new GenericRowWithSchema(values, Tables.ARTICLE_FIELDS);
  }
}
