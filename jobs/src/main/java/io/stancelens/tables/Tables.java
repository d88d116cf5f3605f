package io.stancelens.tables;

import static io.stancelens.tables.TableDef.col;
import static io.stancelens.tables.TableDef.struct;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Every table the job writes, defined once: writers, readers, tests and the README use these.
 * Columns carry their meaning as a comment, which the Parquet files keep in Spark's schema metadata.
 */
public final class Tables {

  private Tables() {}

  /** The fields of an article as ingested. */
  public static final StructType ARTICLE_FIELDS = struct(
      col("article_id", StringType, false, "article id: file name without extension, or the JSON 'id'"),
      col("title", StringType, true, "title when the input states one"),
      col("source", StringType, true, "publisher or source when known"),
      col("url", StringType, true, "URL when known"),
      col("published_at", TimestampType, true, "publication time when known (UTC)"),
      col("text", StringType, false, "the article text exactly as read; all offsets point into it"),
      col("content_hash", StringType, false, "SHA-256 (hex) of the UTF-8 text"),
      col("input_ref", StringType, false, "where it was read: path, or path:line for JSON Lines"));

  /** The fields of one sentence, as nested in an annotated article. */
  public static final StructType SENTENCE_FIELDS = struct(
      col("sentence_index", IntegerType, false, "0-based position in the article"),
      col("paragraph_index", IntegerType, false, "0-based index of the non-empty line it stands in"),
      col("begin", IntegerType, false, "character offset of its first character in articles.text"),
      col("end", IntegerType, false, "character offset just past its last character"),
      col("text", StringType, false, "articles.text between begin and end"),
      col("token_count", IntegerType, false, "CoreNLP tokens"),
      col("is_heading", BooleanType, false, "a whole short line that does not end like prose"),
      col("parsed", BooleanType, false, "false when longer than the parser's bound (flat tree)"),
      col("rntn_label", StringType, false,
          "CoreNLP RNTN class: very_negative, negative, neutral, positive, very_positive"),
      col("rntn_probs", DataTypes.createArrayType(DoubleType, false), false,
          "CoreNLP RNTN probabilities of the 5 classes, very_negative first; they sum to 1"),
      col("rntn_score", DoubleType, false, "expected RNTN class on -1..1"),
      col("quote_index", IntegerType, true,
          "quotes.quote_index of the statement the sentence belongs to (a direct quote first), null if none"),
      col("speaker", StringType, true, "canonical speaker of that statement (as in quotes.speaker), null if none"));

  /** The news sentiment model's columns of a sentence (models/sentiment/news; README, Sentiment). */
  public static final StructType NEWS_SENTIMENT_FIELDS = struct(
      col("sentiment_score", DoubleType, false,
          "news sentiment model score on -1..1 (trained on NYT editorial ratings; mean human rating / 4)"),
      col("sentiment_label", StringType, false,
          "news model class: negative (score <= -0.05), positive (>= 0.05) or neutral, as in the VADER paper"));

  /** The fields of one statement (direct quote or reported speech), as nested in an annotated article. */
  public static final StructType STATEMENT_FIELDS = struct(
      col("quote_index", IntegerType, false, "0-based position among the article's statements, in text order"),
      col("kind", StringType, false, "direct (words in quotation marks) or reported (X said that ...)"),
      col("begin", IntegerType, false, "first character of the content in articles.text (quotation marks excluded)"),
      col("end", IntegerType, false, "just past the content's last character"),
      col("text", StringType, false, "the content: articles.text between begin and end"),
      col("cue", StringType, true, "the cue: said, told, according to, made no mention, ...; null for"
          + " continuations and scare quotes"),
      col("cue_begin", IntegerType, true, "cue start in articles.text"),
      col("cue_end", IntegerType, true, "cue end"),
      col("speaker_begin", IntegerType, true,
          "start of the mention naming the speaker in this statement (he, the former soldier, Putin); null if unstated"),
      col("speaker_end", IntegerType, true, "end of that mention"),
      col("speaker_mention", StringType, true, "the mention's text"),
      col("speaker", StringType, true, "canonical speaker (Vladimir Putin, White House, Polish defense"
          + " enterprise director); one name per speaker across the run's articles; null if unknown or NONE"),
      col("speaker_type", StringType, false, "PERSON, ORGANIZATION, UNKNOWN or NONE (scare quotes, titles)"),
      col("confidence", DoubleType, false, "0..1: how reliable the deciding rule is"),
      col("rule", StringType, false, "the rule that decided: direct-cue-after, direct-cue-before,"
          + " direct-embedded, continuation, scare-quote, title, reported-clause, reported-according-to, ...;"
          + " +pronoun / +description / +unnamed / +organization tell how the speaker was resolved"));

  public static final StructType REJECT_FIELDS = struct(
      col("input_ref", StringType, false, "where the record was read: path, or path:line"),
      col("article_id", StringType, true, "the article id when one was known"),
      col("stage", StringType, false, "stage that rejected it: ingest or annotate"),
      col("reason", StringType, false,
          "short reason to group by: empty, blank, binary, invalid-utf8, malformed-json, missing-id, "
              + "missing-text, too-long, too-large, non-english, no-article-text, non-html, truncated, "
              + "duplicate-id, timeout, ... (README: Input formats and bad input)"),
      col("detail", StringType, true, "human-readable explanation"));

  public static final TableDef ARTICLES = new TableDef("articles",
      "One row per article processed on the date.",
      ARTICLE_FIELDS
          .add(col("sentence_count", IntegerType, false, "sentences found"))
          .add(col("token_count", IntegerType, false, "CoreNLP tokens")));

  public static final TableDef SENTENCES = new TableDef("sentences",
      "One row per sentence, with character offsets into articles.text, the news model's sentiment and the RNTN's.",
      TableDef.concat(TableDef.concat(struct(col("article_id", StringType, false, "article the sentence belongs to")),
          SENTENCE_FIELDS), NEWS_SENTIMENT_FIELDS));

  public static final TableDef QUOTES = new TableDef("quotes",
      "One row per statement: direct quotes and reported speech with cue, speaker mention and canonical speaker.",
      TableDef.concat(struct(col("article_id", StringType, false, "article the statement is in")),
          STATEMENT_FIELDS));

  public static final TableDef SPEAKERS = new TableDef("speakers",
      "One row per canonical speaker of the run: how often and where they were quoted.",
      struct(
          col("speaker", StringType, false, "canonical speaker, as in quotes.speaker"),
          col("speaker_type", StringType, false, "PERSON, ORGANIZATION or UNKNOWN"),
          col("aliases", DataTypes.createArrayType(StringType, false), false,
              "the per-article names merged into it (Putin, Vladimir Putin; Zelensky, Zelenskyy)"),
          col("statements", LongType, false, "statements attributed to the speaker"),
          col("direct", LongType, false, "of which direct quotes"),
          col("reported", LongType, false, "of which reported speech"),
          col("mentions", LongType, false, "statements whose own text names the speaker (speaker_begin set)"),
          col("articles", LongType, false, "articles quoting the speaker"),
          col("article_ids", DataTypes.createArrayType(StringType, false), false, "those articles, sorted"),
          col("mean_confidence", DoubleType, false, "mean confidence of the attributions")));

  public static final TableDef ARTICLE_SENTIMENT = new TableDef("article_sentiment",
      "One row per article: its sentences' sentiment summarised.",
      struct(
          col("article_id", StringType, false, "article id"),
          col("title", StringType, true, "title when known"),
          col("source", StringType, true, "source when known"),
          col("published_at", TimestampType, true, "publication time when known"),
          col("sentences", IntegerType, false, "sentences in the article"),
          col("tokens", LongType, false, "tokens in the article"),
          col("mean_sentiment", DoubleType, false, "mean sentence sentiment_score (news model), -1..1"),
          col("token_weighted_sentiment", DoubleType, false, "sentence scores weighted by tokens"),
          col("sentiment_stddev", DoubleType, true, "standard deviation of sentence scores (null for 1 sentence)"),
          col("min_sentiment", DoubleType, false, "most negative sentence score"),
          col("max_sentiment", DoubleType, false, "most positive sentence score"),
          col("share_negative", DoubleType, false, "share of sentences whose sentiment_label (news model) is negative"),
          col("share_neutral", DoubleType, false, "share of sentences whose sentiment_label is neutral"),
          col("share_positive", DoubleType, false, "share of sentences whose sentiment_label is positive"),
          col("most_negative_sentence", IntegerType, false, "sentence_index of the lowest score"),
          col("most_positive_sentence", IntegerType, false, "sentence_index of the highest score"),
          col("sentiment_label", StringType, false,
              "negative (mean <= -0.05), positive (>= 0.05) or neutral, as in the VADER paper")));

  public static final TableDef REJECTS = new TableDef("rejects",
      "One row per input record or article that produced no output, with the reason.", REJECT_FIELDS);

  public static final TableDef DUPLICATES = new TableDef("duplicates",
      "One row per input record not processed because it repeats an article already read on the date.",
      struct(
          col("input_ref", StringType, false, "where the repeat was read: path, path:line or path#offset"),
          col("article_id", StringType, false, "the repeat's article id"),
          col("kept_article_id", StringType, false, "id of the article that was processed (articles table)"),
          col("kept_input_ref", StringType, false, "where the processed article was read"),
          col("match", StringType, false,
              "same-id-same-text (the id and normalised text repeat) or same-text (another id, same "
                  + "normalised text)"),
          col("dedupe_key", StringType, false,
              "SHA-256 of the normalised text (NFKC, lower case, quotes/dashes unified, whitespace collapsed)")));

  public static final TableDef RUNS = new TableDef("runs",
      "One row per run of the job for the date (appended, never replaced).",
      struct(
          col("run_id", StringType, false, "unique id of the run"),
          col("status", StringType, false, "succeeded or failed"),
          col("error", StringType, true, "why a failed run failed"),
          col("started_at", TimestampType, false, "start (UTC)"),
          col("finished_at", TimestampType, false, "end (UTC)"),
          col("input_path", StringType, false, "the --input given"),
          col("master", StringType, false, "Spark master"),
          col("input_records", LongType, false, "records read: articles + duplicates + rejects"),
          col("articles", LongType, false, "articles written"),
          col("sentences", LongType, false, "sentences written"),
          col("rejects", LongType, false, "rejects written"),
          col("duplicates", LongType, false,
              "records not processed because they repeat an article (duplicates table)"),
          col("skipped", LongType, false,
              "articles not processed again: same article_id and content_hash already in articles on an"
                  + " earlier date (input_records = articles + rejects + skipped)"),
          col("reprocess", BooleanType, false, "run with --reprocess: nothing was skipped"),
          col("ingest_seconds", DoubleType, false, "reading and parsing the input"),
          col("annotate_seconds", DoubleType, false, "CoreNLP annotation, model loading included"),
          col("sentiment_model_seconds", DoubleType, false,
              "loading the news sentiment model (once per JVM, before annotate); it then scores each sentence"
                  + " inside annotate (the log gives that share in local mode)"),
          col("write_seconds", DoubleType, false, "writing and committing the tables"),
          col("total_seconds", DoubleType, false, "the whole run"),
          col("annotate_sentences_per_second", DoubleType, false,
              "sentences / annotate_seconds (all cores together)"),
          col("stancelens_version", StringType, false, "version of this code"),
          col("spark_version", StringType, false, "Spark version"),
          col("corenlp_version", StringType, false, "CoreNLP version"),
          col("java_version", StringType, false, "Java runtime version"),
          col("corenlp_annotators", StringType, false, "the CoreNLP annotators of the run pipeline"),
          col("corenlp_models", StringType, false,
              "model files set in the run pipeline's properties; the others are CoreNLP's defaults from"
                  + " the models jars of corenlp_version")));

  public static final TableDef DAILY_SENTIMENT = new TableDef("daily_sentiment",
      "One row per date and source: the article_sentiment partition of the date summarised.",
      struct(
          col("source", StringType, true, "source (publisher); null for articles without one"),
          col("articles", LongType, false, "articles of the source processed on the date"),
          col("sentences", LongType, false, "their sentences"),
          col("tokens", LongType, false, "their tokens"),
          col("mean_sentiment", DoubleType, false, "mean of the articles' mean_sentiment, -1..1"),
          col("token_weighted_sentiment", DoubleType, false,
              "mean sentence score over all their sentences, weighted by tokens"),
          col("sentiment_stddev", DoubleType, true,
              "standard deviation of the articles' mean_sentiment (null for one article)"),
          col("negative_articles", LongType, false, "articles labelled negative"),
          col("neutral_articles", LongType, false, "articles labelled neutral"),
          col("positive_articles", LongType, false, "articles labelled positive"),
          col("share_negative", DoubleType, false, "negative_articles / articles"),
          col("share_positive", DoubleType, false, "positive_articles / articles")));

  /** The stance of one statement toward one target, as nested in an annotated article. */
  public static final StructType STANCE_FIELDS = struct(
      col("statement_id", StringType, false,
          "statement within the article: q<quote_index> for quotes, a<sentence>.<token> for author clauses"),
      col("quote_index", IntegerType, true, "the statement's quotes.quote_index; null for author clauses"),
      col("kind", StringType, false, "direct, reported (from quotes) or author (an author's clause on an actor)"),
      col("speaker", StringType, true, "canonical name of the actor the statement belongs to"),
      col("speaker_type", StringType, true, "PERSON, ORGANIZATION, ... when attribution typed it"),
      col("target", StringType, false, "stance target name (models/targets/NAME.properties)"),
      col("relevant", BooleanType, false, "the statement mentions the target; only then does the model score it"),
      col("stance", StringType, false, "FAVOR, AGAINST or NEUTRAL (NEUTRAL when not relevant)"),
      col("probability", DoubleType, true, "the model's probability of the stance; null when not relevant"),
      col("p_favor", DoubleType, true, "model probability of FAVOR; null when not relevant"),
      col("p_against", DoubleType, true, "model probability of AGAINST; null when not relevant"),
      col("p_neutral", DoubleType, true, "model probability of NEUTRAL; null when not relevant"),
      col("statement_begin", IntegerType, false, "offset of the statement in articles.text"),
      col("statement_end", IntegerType, false, "offset just past the statement"),
      col("evidence", StringType, false, "articles.text between evidence_begin and evidence_end"),
      col("evidence_begin", IntegerType, false, "offset of the evidence span (the scored piece that decided)"),
      col("evidence_end", IntegerType, false, "offset just past the evidence span"),
      col("sentiment_score", DoubleType, false, "mean RNTN score (-1..1) of the sentences the statement is in"));

  public static final TableDef STANCES = new TableDef("stances",
      "One row per statement (quote, reported speech or author clause on an actor) and target: its stance.",
      TableDef.concat(struct(col("article_id", StringType, false, "article the statement is in")),
          STANCE_FIELDS));

  public static final TableDef SPEAKER_STANCE = new TableDef("speaker_stance",
      "One row per target and speaker for the date: the speaker's statements' stances summarised.",
      struct(
          col("target", StringType, false, "stance target name"),
          col("speaker", StringType, false, "canonical name of the actor"),
          col("speaker_type", StringType, true, "PERSON, ORGANIZATION, ... when known"),
          col("articles", LongType, false, "articles the speaker's statements are in"),
          col("statements", LongType, false, "the speaker's statements"),
          col("relevant_statements", LongType, false, "statements that mention the target"),
          col("favor", LongType, false, "relevant statements classified FAVOR"),
          col("against", LongType, false, "relevant statements classified AGAINST"),
          col("neutral", LongType, false, "relevant statements classified NEUTRAL"),
          col("net_score", DoubleType, false,
              "posterior mean of P(favor) - P(against) under a Dirichlet(1,1,1) prior: (favor-against)/(n+3)"),
          col("net_low", DoubleType, false, "lower end of the 95% interval of net_score (normal approximation"
              + " to the Dirichlet posterior; wide when few statements back it), clipped to -1"),
          col("net_high", DoubleType, false, "upper end of the 95% interval, clipped to 1"),
          col("stance", StringType, false, "FAVOR when net_score > 0.1, AGAINST when < -0.1, else NEUTRAL"),
          col("decided", BooleanType, false, "the 95% interval excludes 0"),
          col("mean_sentiment", DoubleType, false, "mean RNTN sentiment score of all the speaker's statements"),
          col("evidence_ids", DataTypes.createArrayType(StringType, false), false,
              "article_id:statement_id of up to 3 relevant statements of the speaker's stance, most probable first"),
          col("top_evidence", StringType, true, "evidence text of the first of evidence_ids")));

  public static final TableDef SPEAKER_STANCE_TREND = new TableDef("speaker_stance_trend",
      "One row per target and speaker for the date: speaker_stance pooled over the 7 dates ending at it.",
      struct(
          col("target", StringType, false, "stance target name"),
          col("speaker", StringType, false, "canonical name of the actor"),
          col("speaker_type", StringType, true, "PERSON, ORGANIZATION, ... when known"),
          col("days", LongType, false, "dates in the window on which the speaker has statements"),
          col("statements", LongType, false, "the speaker's statements in the window"),
          col("relevant_statements", LongType, false, "statements that mention the target"),
          col("favor", LongType, false, "relevant statements classified FAVOR"),
          col("against", LongType, false, "relevant statements classified AGAINST"),
          col("neutral", LongType, false, "relevant statements classified NEUTRAL"),
          col("window_start", DataTypes.DateType, false, "first date of the window"),
          col("window_days", IntegerType, false, "length of the window in dates (7)"),
          col("net_score", DoubleType, false, "(favor - against) / (n + 3), as in speaker_stance"),
          col("net_low", DoubleType, false, "lower end of the 95% interval, as in speaker_stance"),
          col("net_high", DoubleType, false, "upper end of the 95% interval"),
          col("stance", StringType, false, "FAVOR when net_score > 0.1, AGAINST when < -0.1, else NEUTRAL"),
          col("decided", BooleanType, false, "the 95% interval excludes 0")));

  /** The tables a run writes, in the order they are committed. */
  public static final List<TableDef> OUTPUT = List.of(ARTICLES, SENTENCES, ARTICLE_SENTIMENT, REJECTS,
      DUPLICATES, QUOTES, SPEAKERS, DAILY_SENTIMENT, STANCES, SPEAKER_STANCE, SPEAKER_STANCE_TREND);

  /** Intermediate: what ingest yields per input record, an article or a reject. Never written. */
  public static final StructType INGESTED = struct(
      col("article", ARTICLE_FIELDS, true, "the article, when the record was good"),
      col("reject", REJECT_FIELDS, true, "the reject, when it was not"),
      col("dedupe_key", StringType, true, "DedupeKey of the article's text, when an article"));

  /** Intermediate: an annotated article with its sentences nested, or the reason it failed. Never written. */
  public static final StructType ANNOTATED = struct(
      col("article", ARTICLE_FIELDS, false, "the article"),
      col("sentences", DataTypes.createArrayType(TableDef.concat(SENTENCE_FIELDS, NEWS_SENTIMENT_FIELDS), false),
          false, "its sentences, with the news model's score"),
      col("statements", DataTypes.createArrayType(STATEMENT_FIELDS, false), false, "its statements"),
      col("reject", REJECT_FIELDS, true, "set when annotation failed; sentences is then empty"),
      col("stances", DataTypes.createArrayType(STANCE_FIELDS, false), false, "its statements' stances"));

  public static final List<TableDef> ALL = List.of(ARTICLES, SENTENCES, ARTICLE_SENTIMENT, REJECTS, DUPLICATES,
      QUOTES, SPEAKERS, DAILY_SENTIMENT, STANCES, SPEAKER_STANCE, SPEAKER_STANCE_TREND, RUNS);
}
