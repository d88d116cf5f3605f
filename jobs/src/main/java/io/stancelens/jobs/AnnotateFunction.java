package io.stancelens.jobs;

import io.stancelens.ingest.Article;
import io.stancelens.ingest.Reject;
import io.stancelens.nlp.AnnotatedArticle;
import io.stancelens.nlp.ArticleAnnotator;
import io.stancelens.stance.StanceResult;
import io.stancelens.stance.StanceScorer;
import io.stancelens.stance.StanceStatement;
import io.stancelens.stance.StanceStatements;
import io.stancelens.sentiment.NewsScorer;
import io.stancelens.tables.Rows;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
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

  /** The news sentiment and stance scorers (null: no stance scoring); read-only, shared by the tasks. */
  record Models(NewsScorer news, StanceScorer stance) implements java.io.Serializable {}

  /** The models travel with the task as bytes and are deserialized once per JVM, not once per task. */
  private final JvmShared<Models> models;
  private final Duration documentTimeout;

  /**
   * Annotation, attribution and news sentiment; no stance scoring.
   *
   * @param documentTimeout how long one article may take before it becomes a {@code timeout} reject
   * @param news            the news sentiment model, scored on each sentence after the RNTN
   */
  AnnotateFunction(Duration documentTimeout, NewsScorer news) {
    this(documentTimeout, news, null);
  }

  AnnotateFunction(Duration documentTimeout, NewsScorer news, StanceScorer stanceScorer) {
    this.documentTimeout = documentTimeout;
    this.models = JvmShared.of(new Models(news, stanceScorer));
  }

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    ArticleAnnotator annotator = ArticleAnnotator.shared();
    Models shared = models.get();
    NewsScorer news = shared.news();
    StanceScorer stanceScorer = shared.stance();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Row next() {
        Article article = Rows.toArticle(articles.next());
        try {
          ArticleAnnotator.Parsed parsed = DocumentTimeGuard.run(() -> annotator.parse(article), documentTimeout);
          AnnotatedArticle annotated = parsed.annotated();
          List<StanceStatement> statements = StanceStatements.of(annotated.statements());
          List<StanceResult> stances = stanceScorer == null ? List.of()
              : stanceScorer.score(parsed.coreSentences(), article.text(), statements);
          AnnotateProgress.record(annotated.sentences().size());
          return Rows.annotated(annotated, news, stances);
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
