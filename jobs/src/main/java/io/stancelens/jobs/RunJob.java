package io.stancelens.jobs;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.stancelens.ingest.IngestLimits;
import io.stancelens.ingest.InputFormat;
import io.stancelens.nlp.CoreNlpProperties;
import io.stancelens.stance.StanceDefaults;
import io.stancelens.stance.StanceScorer;
import io.stancelens.stance.StanceTarget;
import io.stancelens.tables.TableDef;
import io.stancelens.sentiment.NewsScorer;
import io.stancelens.sentiment.NewsSentimentModel;
import io.stancelens.tables.Tables;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline for one date: read the input, annotate every article on the shared CoreNLP pipeline,
 * and write the tables' {@code date=D} partitions. Thin Spark: read, mapPartitions over the core, write.
 *
 * <pre>{@code
 * RunResult result = RunJob.on(spark).input("data/sample").output("out").date(LocalDate.parse("2025-03-18")).execute();
 * }</pre>
 */
public final class RunJob {

  static final int ANNOTATE_TASKS_PER_CORE = 16;

  private static final Logger LOG = LoggerFactory.getLogger(RunJob.class);

  private final SparkSession spark;
  private String input;
  private String output;
  private LocalDate date = LocalDate.now(ZoneOffset.UTC);
  private InputFormat format;
  private IngestLimits limits = IngestLimits.DEFAULT;
  private Duration documentTimeout = DEFAULT_DOCUMENT_TIMEOUT;

  /**
   * Per-document annotation limit. At the SR parser's 35-40 sentences/s (BRIEFING), an article at the
   * 200,000-character bound (~1,500 sentences) takes ~40 s on one core: the limit leaves 3x for a loaded
   * machine and only cuts off documents on which CoreNLP spins.
   */
  public static final Duration DEFAULT_DOCUMENT_TIMEOUT = Duration.ofSeconds(120);
  private boolean reprocess;
  private String sentimentModel;
  private double sentimentSeconds;
  /** null: each target's own model (its file's {@code model=}, else the generic model). */
  private java.nio.file.Path stanceModel;
  private List<java.nio.file.Path> stanceTargets = StanceDefaults.targets();

  private RunJob(SparkSession spark) {
    this.spark = spark;
  }

  public static RunJob on(SparkSession spark) {
    return new RunJob(Objects.requireNonNull(spark, "spark"));
  }

  /**
   * A file, a directory (read recursively) or a glob of .txt, .jsonl, .parquet, .html and .warc(.gz) files
   * (README: Input formats and bad input).
   */
  public RunJob input(String path) {
    this.input = path;
    return this;
  }

  /** The directory the tables are written under, one folder per table. */
  public RunJob output(String dir) {
    this.output = dir;
    return this;
  }

  /** The run's date: the only partition of each table the run writes. Default: today (UTC). */
  public RunJob date(LocalDate runDate) {
    this.date = runDate;
    return this;
  }

  /**
   * A saved stance PipelineModel that scores every target (default: each target's own, named by its file's
   * {@code model=} key, else the generic model models/stance/gwsd-lr).
   */
  public RunJob stanceModel(java.nio.file.Path dir) {
    this.stanceModel = Objects.requireNonNull(dir, "stanceModel");
    return this;
  }

  /** The stance target files (default: models/targets/ceasefire.properties). */
  public RunJob stanceTargets(List<java.nio.file.Path> files) {
    this.stanceTargets = List.copyOf(files);
    return this;
  }

  /**
   * The input format for every file: {@code auto} (default: recognised from each file's name), txt, jsonl,
   * parquet, html or warc.
   *
   * @throws IllegalArgumentException for any other value
   */
  public RunJob format(String option) {
    this.format = InputFormat.parseOption(option);
    return this;
  }

  /** Document length and record size bounds (default {@link IngestLimits#DEFAULT}). */
  public RunJob limits(IngestLimits ingestLimits) {
    this.limits = Objects.requireNonNull(ingestLimits, "limits");
    return this;
  }

  /** Time one article's annotation may take before it is abandoned as a {@code timeout} reject. */
  public RunJob documentTimeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("document timeout must be positive: " + timeout);
    }
    this.documentTimeout = timeout;
    return this;
  }

  /**
   * Annotate every article of the input, also those already processed on an earlier date (same article_id
   * and content_hash in the articles table). Default false: those are skipped and counted in runs.skipped.
   */
  public RunJob reprocess(boolean all) {
    this.reprocess = all;
    return this;
  }

  /**
   * The news sentiment model (a saved Spark ML PipelineModel) that scores {@code sentences.sentiment_score}.
   * Default: {@link NewsSentimentModel#defaultDir}, the committed {@code models/sentiment/news}.
   */
  public RunJob sentimentModel(String dir) {
    this.sentimentModel = dir;
    return this;
  }

  public RunResult execute() {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    String runId = UUID.randomUUID().toString();
    Instant started = Instant.now();
    PartitionCommitter committer = new PartitionCommitter(spark, output, runId, date);
    Dataset<Row> ingested = null;
    Dataset<Row> annotated = null;
    Dataset<Row> toAnnotate = null;
    try {
      LOG.info("run {}: date {}, input {}, output {}", runId, date, input, output);
      long t0 = System.nanoTime();
      ingested = InputReading.read(spark, input, format, limits).persist(StorageLevel.MEMORY_AND_DISK());
      long records = ingested.count();
      Deduplication.Split split = Deduplication.split(
          ingested.where(col("article").isNotNull()).select(col("article.*"), col("dedupe_key")));
      Dataset<Row> unique = split.articles();
      Dataset<Row> duplicates = split.duplicates();
      Dataset<Row> articles = unique;
      long skipped = 0;
      Dataset<Row> processed = reprocess ? null : processedBefore();
      if (processed != null) {
        articles = unique.join(processed, scala(List.of("article_id", "content_hash")), "left_anti");
        skipped = unique.join(processed, scala(List.of("article_id", "content_hash")), "left_semi").count();
      }
      // Cached: the annotate stage then reads the articles, not the de-duplication's two window shuffles again.
      articles = articles.persist(StorageLevel.MEMORY_AND_DISK());
      toAnnotate = articles;
      long articleCount = articles.count();
      long duplicateCount = duplicates.count();
      double ingestSeconds = seconds(t0);
      LOG.info("ingest: {} records read, {} articles to annotate, {} duplicates, {} skipped (already processed"
          + " on an earlier date{}) in {} s", records, articleCount, duplicateCount, skipped,
          reprocess ? "; --reprocess" : "", fmt(ingestSeconds));

      AnnotateFunction annotate = annotateFunction();

      long t1 = System.nanoTime();
      double scoringBefore = NewsScorer.secondsInThisJvm();
      int parallelism = spark.sparkContext().defaultParallelism();
      annotated = articles.repartition(annotatePartitions(articleCount, parallelism), col("article_id"))
          .mapPartitions(annotate, Encoders.row(Tables.ANNOTATED))
          .persist(StorageLevel.MEMORY_AND_DISK());
      // One action annotates (and caches) every article and counts what the log and the runs table need.
      Row totals = annotated.agg(
          sum(when(col("reject").isNull(), 1L).otherwise(0L)),
          sum(when(col("reject").isNull(), size(col("sentences"))).otherwise(0L))).first();
      long articlesWritten = totals.isNullAt(0) ? 0 : totals.getLong(0);
      long sentenceCount = totals.isNullAt(1) ? 0 : totals.getLong(1);
      // Many small annotate tasks keep every core busy to the end; the tables are written from fewer.
      Dataset<Row> good = annotated.coalesce(writePartitions(articleCount, parallelism))
          .where(col("reject").isNull());
      Dataset<Row> sentences = good
          .select(col("article.article_id").as("article_id"), explode(col("sentences")).as("s"))
          .select("article_id", "s.*")
          .sortWithinPartitions("article_id", "sentence_index");
      double annotateSeconds = seconds(t1);
      LOG.info("annotate: {} articles, {} sentences in {} s ({} sentences/s; news model scoring {}% of it, counted when tasks run in this JVM)", articleCount,
          sentenceCount, fmt(annotateSeconds), fmt(sentenceCount / Math.max(annotateSeconds, 1e-9)),
          fmt(100 * (NewsScorer.secondsInThisJvm() - scoringBefore) / Math.max(annotateSeconds, 1e-9)));

      long t2 = System.nanoTime();
      Dataset<Row> articleRows = good.select(col("article.*"),
          size(col("sentences")).as("sentence_count"),
          expr("aggregate(sentences, 0, (acc, s) -> acc + s.token_count)").as("token_count"));
      Dataset<Row> rejects = ingested.where(col("reject").isNotNull()).select("reject.*")
          .unionByName(split.rejects())
          .unionByName(annotated.where(col("reject").isNotNull()).select("reject.*"));
      long rejectCount = rejects.count();
      if (records != articlesWritten + duplicateCount + rejectCount + skipped) {
        throw new IllegalStateException(String.format(
            "accounting: %d records read but %d articles + %d duplicates + %d rejects + %d skipped", records,
            articlesWritten, duplicateCount, rejectCount, skipped));
      }
      committer.stage(Tables.ARTICLES, articleRows);
      Dataset<Row> statements = QuoteTables.statements(good);
      Dataset<Row> speakerNames = QuoteTables.canonicalNames(spark, statements);
      Dataset<Row> quotes = QuoteTables.quotes(statements, speakerNames);
      committer.stage(Tables.SENTENCES, QuoteTables.sentences(sentences, speakerNames)
          .sortWithinPartitions("article_id", "sentence_index"));
      committer.stage(Tables.ARTICLE_SENTIMENT, articleSentiment(sentences, articleRows));
      committer.stage(Tables.REJECTS, rejects);
      committer.stage(Tables.DUPLICATES, duplicates);
      committer.stage(Tables.QUOTES, quotes.sortWithinPartitions("article_id", "quote_index"));
      committer.stage(Tables.SPEAKERS, QuoteTables.speakers(quotes).coalesce(1));
      Dataset<Row> stances = QuoteTables.sentences(good
          .select(col("article.article_id").as("article_id"), explode(col("stances")).as("st"))
          .select("article_id", "st.*"), speakerNames);
      committer.stage(Tables.STANCES, stances.sortWithinPartitions("article_id", "statement_begin"));
      committer.stage(Tables.SPEAKER_STANCE, speakerStance(stances).coalesce(1));
      committer.stage(Tables.SPEAKER_STANCE_TREND, StanceTrend.from(
          earlierPartitions(Tables.SPEAKER_STANCE, StanceTrend.WINDOW_DAYS - 1).unionByName(
              spark.read().parquet(committer.stagedPath(Tables.SPEAKER_STANCE).toString())), date).coalesce(1));
      committer.stage(Tables.DAILY_SENTIMENT, DailySentiment.from(
          spark.read().parquet(committer.stagedPath(Tables.ARTICLE_SENTIMENT).toString())));
      Failpoint.check(Failpoint.AFTER_STAGING);
      committer.commitReplacing(Tables.OUTPUT);
      double writeSeconds = seconds(t2);
      LOG.info("write: {} articles, {} sentences, {} rejects, {} duplicates committed to {} ({}) in {} s",
          articlesWritten, sentenceCount, rejectCount, duplicateCount, output, committer.partitionName(),
          fmt(writeSeconds));

      RunResult result = new RunResult(runId, date, output, records, articlesWritten, sentenceCount,
          rejectCount, duplicateCount, skipped, ingestSeconds, annotateSeconds, writeSeconds, seconds(started));
      writeRun(committer, runRow(result, started, "succeeded", null));
      return result;
    } catch (RuntimeException e) {
      try {
        RunResult failed = new RunResult(runId, date, output, 0, 0, 0, 0, 0, 0, 0, 0, 0, seconds(started));
        writeRun(new PartitionCommitter(spark, output, runId + "-failed", date),
            runRow(failed, started, "failed", String.valueOf(e.getMessage())));
      } catch (RuntimeException recording) {
        e.addSuppressed(recording);
      }
      throw e;
    } finally {
      if (ingested != null) {
        ingested.unpersist();
      }
      if (annotated != null) {
        annotated.unpersist();
      }
      if (toAnnotate != null) {
        toAnnotate.unpersist();
      }
      committer.cleanUp();
    }
  }

  /**
   * Tasks of the annotate stage: up to {@value #ANNOTATE_TASKS_PER_CORE} per core, at most one per article.
   * Articles take very different times to annotate and a task is the unit a core takes; with few large
   * tasks one core ends up annotating the last task alone (measured on 32 articles and 2 cores: 8 tasks kept
   * the cores 86-96% busy during the stage, one article per task ~99%).
   */
  static int annotatePartitions(long articles, int parallelism) {
    return (int) Math.max(1, Math.min(articles, (long) ANNOTATE_TASKS_PER_CORE * parallelism));
  }

  /** Partitions (so files per table and date) the tables are written from: up to 4 per core. */
  static int writePartitions(long articles, int parallelism) {
    return (int) Math.max(1, Math.min(articles, 4L * parallelism));
  }

  /**
   * The annotate stage exactly as {@link #execute()} runs it (CoreNLP, attribution, news sentiment, stance),
   * as a function over rows of {@link Tables#ARTICLE_FIELDS} giving rows of {@link Tables#ANNOTATED}. The
   * models are loaded here, on the driver; the function carries their scorers to the tasks.
   */
  public MapPartitionsFunction<Row, Row> annotateStage() {
    return annotateFunction();
  }

  private AnnotateFunction annotateFunction() {
    long tm = System.nanoTime();
    String modelDir = sentimentModel != null ? sentimentModel : NewsSentimentModel.defaultDir(spark);
    NewsScorer news = NewsScorer.load(modelDir);
    sentimentSeconds = seconds(tm);
    LOG.info("sentiment: news model {} loaded in {} s (once per JVM)", modelDir, fmt(sentimentSeconds));
    StanceScorer stanceScorer = StanceScorer.load(stanceTargets.stream().map(StanceTarget::load).toList(),
        stanceModel);
    return new AnnotateFunction(documentTimeout, news, stanceScorer);
  }

  /** Per-article summary of sentence sentiment, in Spark SQL. */
  static Dataset<Row> articleSentiment(Dataset<Row> sentences, Dataset<Row> articles) {
    Dataset<Row> perArticle = sentences.groupBy("article_id").agg(
        count(lit(1)).cast("int").as("sentences"),
        sum("token_count").cast("long").as("tokens"),
        avg("sentiment_score").as("mean_sentiment"),
        expr("sum(sentiment_score * token_count) / sum(token_count)").as("token_weighted_sentiment"),
        stddev_samp("sentiment_score").as("sentiment_stddev"),
        min("sentiment_score").as("min_sentiment"),
        max("sentiment_score").as("max_sentiment"),
        avg(when(col("sentiment_label").isin("negative", "very_negative"), 1.0).otherwise(0.0))
            .as("share_negative"),
        avg(when(col("sentiment_label").equalTo("neutral"), 1.0).otherwise(0.0)).as("share_neutral"),
        avg(when(col("sentiment_label").isin("positive", "very_positive"), 1.0).otherwise(0.0))
            .as("share_positive"),
        min_by(col("sentence_index"), col("sentiment_score")).as("most_negative_sentence"),
        max_by(col("sentence_index"), col("sentiment_score")).as("most_positive_sentence"));
    return articles.select("article_id", "title", "source", "published_at")
        .join(perArticle, "article_id")
        .withColumn("sentiment_label",
            when(col("mean_sentiment").geq(0.05), "positive")
                .when(col("mean_sentiment").leq(-0.05), "negative").otherwise("neutral"));
  }

  /**
   * Per target and speaker, in Spark SQL: counts of the stances of the speaker's statements, the net score
   * (favor - against) / (n + 3), i.e. the posterior mean of P(favor) - P(against) under a Dirichlet(1,1,1)
   * prior, with a 95% interval from the posterior's variance (normal approximation), and the ids of the
   * statements that back the speaker's stance most strongly.
   */
  static Dataset<Row> speakerStance(Dataset<Row> stances) {
    Dataset<Row> counted = stances.where(col("speaker").isNotNull())
        .groupBy("target", "speaker").agg(
            first("speaker_type", true).as("speaker_type"),
            expr("count(distinct article_id)").as("articles"),
            count(lit(1)).as("statements"),
            expr("count_if(relevant)").as("relevant_statements"),
            expr("count_if(relevant and stance = 'FAVOR')").as("favor"),
            expr("count_if(relevant and stance = 'AGAINST')").as("against"),
            expr("count_if(relevant and stance = 'NEUTRAL')").as("neutral"),
            avg("sentiment_score").as("mean_sentiment"),
            expr("collect_list(if(relevant and stance <> 'NEUTRAL', "
                + "struct(-probability as rank, stance, concat(article_id, ':', statement_id) as id, evidence), "
                + "null))").as("_polar"));
    Dataset<Row> scored = NetStance.add(counted)
        .withColumn("_backing", expr("array_sort(filter(_polar, x -> x.stance = stance))"))
        .withColumn("evidence_ids", expr("transform(slice(_backing, 1, 3), x -> x.id)"))
        .withColumn("top_evidence", expr("try_element_at(_backing, 1).evidence"));
    return scored.drop("_polar", "_backing");
  }

  /**
   * (article_id, content_hash) of the articles written on dates before the run's date, or null when there
   * are none yet. Only earlier dates count, so a date's partition depends on its input and the dates before
   * it: rerunning a date gives the same partition whatever was run after it.
   */
  private Dataset<Row> processedBefore() {
    try {
      Path table = new Path(output, Tables.ARTICLES.name());
      if (!table.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(table)) {
        return null;
      }
      return spark.read().schema(Tables.ARTICLES.readSchema()).parquet(table.toString())
          .where(col(TableDef.PARTITION_COLUMN).lt(lit(java.sql.Date.valueOf(date))))
          .select("article_id", "content_hash").distinct();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + Tables.ARTICLES.name() + " under " + output, e);
    }
  }

  /** The committed rows of a table on the {@code days} dates before the run's date (empty if none). */
  private Dataset<Row> earlierPartitions(TableDef table, int days) {
    Dataset<Row> none = spark.createDataFrame(List.<Row>of(), table.readSchema());
    try {
      Path path = new Path(output, table.name());
      if (!path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
        return none;
      }
      return spark.read().schema(table.readSchema()).parquet(path.toString())
          .where(col(TableDef.PARTITION_COLUMN).between(lit(java.sql.Date.valueOf(date.minusDays(days))),
              lit(java.sql.Date.valueOf(date.minusDays(1)))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + table.name() + " under " + output, e);
    }
  }

  private static scala.collection.immutable.Seq<String> scala(List<String> columns) {
    return scala.jdk.javaapi.CollectionConverters.asScala(columns).toList();
  }

  private void writeRun(PartitionCommitter committer, Row row) {
    committer.stage(Tables.RUNS, spark.createDataFrame(List.of(row), Tables.RUNS.columns()).coalesce(1));
    committer.commitAppending(Tables.RUNS);
    committer.cleanUp();
  }

  private Row runRow(RunResult r, Instant started, String status, String error) {
    Properties props = CoreNlpProperties.annotate();
    String models = props.stringPropertyNames().stream().filter(k -> k.endsWith(".model")).sorted()
        .map(k -> k + "=" + props.getProperty(k)).collect(Collectors.joining(","));
    return RowFactory.create(r.runId(), status, error, Timestamp.from(started), Timestamp.from(Instant.now()),
        input, spark.sparkContext().master(), r.inputRecords(), r.articles(), r.sentences(), r.rejects(),
        r.duplicates(), r.skipped(), reprocess, r.ingestSeconds(), r.annotateSeconds(), sentimentSeconds,
        r.writeSeconds(), r.totalSeconds(),
        r.annotateSentencesPerSecond(), BuildInfo.version(), spark.version(), BuildInfo.coreNlpVersion(),
        System.getProperty("java.version"), props.getProperty("annotators"), models);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static double seconds(Instant started) {
    return (Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000.0;
  }

  private static String fmt(double value) {
    return String.format("%.1f", value);
  }
}
