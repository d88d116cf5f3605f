package io.stancelens.tables;

import io.stancelens.attribution.Statement;
import io.stancelens.attribution.StatementOfSentence;
import io.stancelens.ingest.Article;
import io.stancelens.ingest.DedupeKey;
import io.stancelens.ingest.Ingested;
import io.stancelens.ingest.Reject;
import io.stancelens.nlp.AnnotatedArticle;
import io.stancelens.nlp.Sentence;
import io.stancelens.stance.StanceLabel;
import io.stancelens.stance.StanceResult;
import io.stancelens.stance.StanceStatement;
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

  /** An article row that knows its schema ({@link Tables#ARTICLE_FIELDS}), as Spark hands them to a task. */
  public static Row articleWithSchema(Article a) {
    Row row = article(a);
    Object[] values = new Object[row.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    return new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(values, Tables.ARTICLE_FIELDS);
  }

  public static Article toArticle(Row row) {
    Timestamp published = row.getAs("published_at");
    return new Article(row.getAs("article_id"), row.getAs("title"), row.getAs("source"), row.getAs("url"),
        published == null ? null : published.toInstant(), row.getAs("text"), row.getAs("input_ref"));
  }

  public static Row reject(Reject r) {
    return RowFactory.create(r.inputRef(), r.articleId(), r.stage(), r.reason(), r.detail());
  }

  /**
   * A sentence of {@link Tables#SENTENCE_FIELDS} with the statement it belongs to (null: none), then the
   * news model's {@link Tables#NEWS_SENTIMENT_FIELDS}.
   */
  public static Row sentence(Sentence s, Statement statement, NewsScorer news) {
    double score = news.score(s.text(), s.probs(), s.rntnNodes());
    return RowFactory.create(s.index(), s.paragraphIndex(), s.begin(), s.end(), s.text(), s.tokenCount(),
        s.heading(), s.parsed(), s.label().tableName(), s.probs(), s.score(),
        statement == null ? null : statement.quoteIndex(), statement == null ? null : statement.speaker(),
        score, ThreeClass.of(score).tableName());
  }

  public static Row statement(Statement s) {
    return RowFactory.create(s.quoteIndex(), s.kind(), s.begin(), s.end(), s.text(), s.cue(), s.cueBegin(),
        s.cueEnd(), s.speakerBegin(), s.speakerEnd(), s.speakerMention(), s.speaker(), s.speakerType(),
        s.confidence(), s.rule());
  }

  /** A row of {@link Tables#INGESTED}. */
  public static Row ingested(Article article) {
    return RowFactory.create(article(article), null, DedupeKey.of(article.text()));
  }

  /** A row of {@link Tables#INGESTED}. */
  public static Row ingested(Reject reject) {
    return RowFactory.create(null, reject(reject), null);
  }

  /** A row of {@link Tables#INGESTED} for one record a reader produced. */
  public static Row ingested(Ingested record) {
    return record.isArticle() ? ingested(record.article()) : ingested(record.reject());
  }

  /** A row of {@link Tables#ANNOTATED}. */
  public static Row annotated(AnnotatedArticle annotated, NewsScorer news) {
    return annotated(annotated, news, List.of());
  }

  /** A row of {@link Tables#ANNOTATED} with its statements' stances. */
  public static Row annotated(AnnotatedArticle annotated, NewsScorer news, List<StanceResult> stances) {
    List<Row> sentences = new ArrayList<>(annotated.sentences().size());
    for (Sentence s : annotated.sentences()) {
      sentences.add(sentence(s, StatementOfSentence.find(annotated.statements(), s.begin(), s.end()), news));
    }
    List<Row> statements = new ArrayList<>(annotated.statements().size());
    for (Statement st : annotated.statements()) {
      statements.add(statement(st));
    }
    List<Row> stanceRows = new ArrayList<>(stances.size());
    for (StanceResult r : stances) {
      stanceRows.add(stance(r));
    }
    return RowFactory.create(article(annotated.article()), seq(sentences), seq(statements), null, seq(stanceRows));
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
    return RowFactory.create(article(article), seq(List.of()), seq(List.of()), reject(reject), seq(List.of()));
  }

  /** Spark's row encoder takes arrays of structs as Scala sequences. */
  private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
    return scala.jdk.javaapi.CollectionConverters.asScala(rows).toList();
  }
}
