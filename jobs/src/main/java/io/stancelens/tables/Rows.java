package io.stancelens.tables;

import io.stancelens.ingest.Article;
import io.stancelens.ingest.Reject;
import io.stancelens.nlp.AnnotatedArticle;
import io.stancelens.nlp.Sentence;
import io.stancelens.stance.StanceLabel;
import io.stancelens.stance.StanceResult;
import io.stancelens.stance.StanceStatement;
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

  public static Row sentence(Sentence s) {
    return RowFactory.create(s.index(), s.paragraphIndex(), s.begin(), s.end(), s.text(), s.tokenCount(),
        s.heading(), s.parsed(), s.label().tableName(), s.probs(), s.score());
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
  public static Row annotated(AnnotatedArticle annotated) {
    return annotated(annotated, List.of());
  }

  /** A row of {@link Tables#ANNOTATED} with its statements' stances. */
  public static Row annotated(AnnotatedArticle annotated, List<StanceResult> stances) {
    List<Row> sentences = new ArrayList<>(annotated.sentences().size());
    for (Sentence s : annotated.sentences()) {
      sentences.add(sentence(s));
    }
    List<Row> stanceRows = new ArrayList<>(stances.size());
    for (StanceResult r : stances) {
      stanceRows.add(stance(r));
    }
    return RowFactory.create(article(annotated.article()), seq(sentences), null, seq(stanceRows));
  }

  /** A row of {@link Tables#STANCE_FIELDS}. */
  public static Row stance(StanceResult r) {
    StanceStatement s = r.statement();
    double[] p = r.probabilities();
    return RowFactory.create(s.statementId(), s.quoteIndex(), s.kind(), s.speaker(), s.speakerType(), r.target(),
        r.relevant(), r.stance().name(), r.probability(), p == null ? null : p[StanceLabel.FAVOR.ordinal()],
        p == null ? null : p[StanceLabel.AGAINST.ordinal()], p == null ? null : p[StanceLabel.NEUTRAL.ordinal()],
        s.begin(), s.end(), r.evidence(), r.evidenceBegin(), r.evidenceEnd(), r.sentiment());
  }

  /** A row of {@link Tables#ANNOTATED} for an article the annotator failed on. */
  public static Row annotationFailed(Article article, Reject reject) {
    return RowFactory.create(article(article), seq(List.of()), reject(reject), seq(List.of()));
  }

  /** Spark's row encoder takes arrays of structs as Scala sequences. */
  private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
    return scala.jdk.javaapi.CollectionConverters.asScala(rows).toList();
  }
}
