package io.stancelens.tables;

import io.stancelens.ingest.Article;
import io.stancelens.ingest.Reject;
import io.stancelens.nlp.AnnotatedArticle;
import io.stancelens.nlp.Sentence;
import io.stancelens.sentiment.NewsScorer;
import io.stancelens.sentiment.ThreeClass;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** The one place where Spark rows are made from the core's records, and records from rows. */
public final class Rows {

  private Rows() {}

  public static Row article(Article a) {
    return RowFactory.create(a.id(), a.title(), a.source(), a.url(),
        a.publishedAt() == null ? null : Timestamp.from(a.publishedAt()),
        a.text(), a.contentHash(), a.inputRef());
  }

  public static Article toArticle(Row row) {
    Timestamp published = row.getAs("published_at");
    return new Article(row.getAs("article_id"), row.getAs("title"), row.getAs("source"), row.getAs("url"),
        published == null ? null : published.toInstant(), row.getAs("text"), row.getAs("input_ref"));
  }

  public static Row reject(Reject r) {
    return RowFactory.create(r.inputRef(), r.articleId(), r.stage(), r.reason(), r.detail());
  }

  /** A sentence of {@link Tables#SENTENCE_FIELDS}: the RNTN's figures; the news model's are added by the job. */
  public static Row sentence(Sentence s) {
    return RowFactory.create(s.index(), s.paragraphIndex(), s.begin(), s.end(), s.text(), s.tokenCount(),
        s.heading(), s.parsed(), s.label().tableName(), s.probs(), s.score());
  }

  /** A sentence as nested in {@link Tables#ANNOTATED}: the RNTN's figures, then the news model's score and label. */
  public static Row sentence(Sentence s, NewsScorer news) {
    double score = news.score(s.text(), s.probs());
    return RowFactory.create(s.index(), s.paragraphIndex(), s.begin(), s.end(), s.text(), s.tokenCount(),
        s.heading(), s.parsed(), s.label().tableName(), s.probs(), s.score(), score,
        ThreeClass.of(score).tableName());
  }

  /** A row of {@link Tables#INGESTED}. */
  public static Row ingested(Article article) {
    return RowFactory.create(article(article), null);
  }

  /** A row of {@link Tables#INGESTED}. */
  public static Row ingested(Reject reject) {
    return RowFactory.create(null, reject(reject));
  }

  /** A row of {@link Tables#ANNOTATED}. */
  public static Row annotated(AnnotatedArticle annotated, NewsScorer news) {
    List<Row> sentences = new ArrayList<>(annotated.sentences().size());
    for (Sentence s : annotated.sentences()) {
      sentences.add(sentence(s, news));
    }
    return RowFactory.create(article(annotated.article()), seq(sentences), null);
  }

  /** A row of {@link Tables#ANNOTATED} for an article the annotator failed on. */
  public static Row annotationFailed(Article article, Reject reject) {
    return RowFactory.create(article(article), seq(List.of()), reject(reject));
  }

  /** Spark's row encoder takes arrays of structs as Scala sequences. */
  private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
    return scala.jdk.javaapi.CollectionConverters.asScala(rows).toList();
  }
}
