package io.stancelens.jobs;

import io.stancelens.ingest.Article;
import io.stancelens.ingest.Reject;
import io.stancelens.nlp.AnnotatedArticle;
import io.stancelens.nlp.ArticleAnnotator;
import io.stancelens.sentiment.NewsScorer;
import io.stancelens.tables.Rows;
import java.time.Duration;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Annotates a partition of articles on this JVM's shared CoreNLP pipeline, one article at a time
 * (memory does not grow with the partition). An article the annotator fails on becomes a reject; one that
 * takes longer than the per-document time limit is abandoned ({@link DocumentTimeGuard}) and becomes a
 * {@code timeout} reject.
 */
final class AnnotateFunction implements MapPartitionsFunction<Row, Row> {

  private static final Logger LOG = LoggerFactory.getLogger(AnnotateFunction.class);

  private final Duration documentTimeout;
  private final NewsScorer news;

  /**
   * @param documentTimeout how long one article may take before it becomes a {@code timeout} reject
   * @param news            the news sentiment model, scored on each sentence after the RNTN
   */
  AnnotateFunction(Duration documentTimeout, NewsScorer news) {
    this.documentTimeout = documentTimeout;
    this.news = news;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    ArticleAnnotator annotator = ArticleAnnotator.shared();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Row next() {
        Article article = Rows.toArticle(articles.next());
        try {
          AnnotatedArticle annotated = DocumentTimeGuard.run(() -> annotator.annotate(article), documentTimeout);
          AnnotateProgress.record(annotated.sentences().size());
          return Rows.annotated(annotated, news);
        } catch (DocumentTimeGuard.DocumentTimeoutException e) {
          LOG.warn("Annotation of article {} ({}) passed the {} s limit", article.id(), article.inputRef(),
              documentTimeout.toSeconds());
          AnnotateProgress.record(0);
          return Rows.annotationFailed(article, new Reject(article.inputRef(), article.id(),
              Reject.ANNOTATE, "timeout", String.format(
                  "annotation passed the per-document limit of %d s (%,d characters); abandoned after %d ms",
                  documentTimeout.toSeconds(), article.text().length(), e.elapsedMillis())));
        } catch (RuntimeException | StackOverflowError e) {
          LOG.warn("Annotation failed for article {} ({})", article.id(), article.inputRef(), e);
          AnnotateProgress.record(0);
          return Rows.annotationFailed(article, new Reject(article.inputRef(), article.id(),
              Reject.ANNOTATE, "annotator-error", e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
      }
    };
  }
}
