package io.stancelens.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.stancelens.ingest.Article;
import io.stancelens.nlp.ArticleAnnotator;
import io.stancelens.nlp.CoreNlpProperties;
import io.stancelens.nlp.Pipelines;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import io.stancelens.tables.Rows;
import io.stancelens.tables.Tables;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentences per second per core, in one JVM on one thread and on the same documents, of (a) CoreNLP's
 * default sentiment pipeline (PCFG parser) and (b) the run job's annotate stage exactly as {@code run}
 * calls it ({@link io.stancelens.jobs.RunJob#annotateStage()}: CoreNLP, attribution, news sentiment,
 * stance, rows). Both are warmed up on the same documents first; (b) is measured before and after (a),
 * each round repeating the documents for at least {@value #MIN_OURS_SECONDS} s, so drift in the machine's
 * load shows as a difference between its rounds. Rates per wall-clock second of the one measuring thread,
 * and per CPU-second of the whole JVM (GC and JIT threads included: the conservative figure).
 */
final class AnnotateBenchmark {

  /**
   * Passes over the warm-up documents before measuring, the same for both pipelines: one pass left the
   * JIT still compiling (our first measured round ran at half the speed of the second).
   */
  private static final int WARMUP_PASSES = 2;
  /**
   * Each of our two measured rounds repeats the documents until at least this long: one pass over four
   * articles takes under a second, too short to measure (the JIT's background compiling alone skews it).
   */
  private static final double MIN_OURS_SECONDS = 8;
  private static final Logger LOG = LoggerFactory.getLogger(AnnotateBenchmark.class);
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final List<Article> documents;
  private final int warmupDocuments;
  private final MapPartitionsFunction<Row, Row> stage;

  AnnotateBenchmark(List<Article> documents, int warmupDocuments, MapPartitionsFunction<Row, Row> stage) {
    this.documents = documents;
    this.warmupDocuments = Math.min(warmupDocuments, documents.size());
    this.stage = stage;
  }

  Map<String, Object> run() {
    Map<String, Object> report = new LinkedHashMap<>();
    Properties ours = CoreNlpProperties.annotate();
    Properties baseline = CoreNlpProperties.defaultSentimentBaseline();

    ArticleAnnotator.shared();
    report.put("model_load_seconds", Pipelines.loadMillis(ours) / 1000.0);
    StanfordCoreNLP ourPipeline = Pipelines.get(ours);
    for (int pass = 0; pass < WARMUP_PASSES; pass++) {
      timeOurs(documents.subList(0, warmupDocuments));
    }
    System.gc();
    report.put("heap_after_load_mb", heapUsedMb());
    resetPeakHeap();

    Map<String, Double> before = PipelineTiming.snapshot(ourPipeline);
    Round first = timeOursFor(MIN_OURS_SECONDS);
    Map<String, Double> stages = PipelineTiming.minus(PipelineTiming.snapshot(ourPipeline), before);
    report.put("annotate_peak_heap_mb", peakHeapMb());
    LOG.info("bench: ours round 1: {} sentences in {} s", first.sentences, fmt(first.seconds));

    long loadStart = System.nanoTime();
    StanfordCoreNLP defaultPipeline = Pipelines.get(baseline);
    report.put("baseline_model_load_seconds", (System.nanoTime() - loadStart) / 1e9);
    for (int pass = 0; pass < WARMUP_PASSES; pass++) {
      for (Article doc : documents.subList(0, warmupDocuments)) {
        defaultPipeline.annotate(new Annotation(doc.text()));
      }
    }
    Round base = timeBaseline(defaultPipeline);
    LOG.info("bench: CoreNLP default: {} sentences in {} s", base.sentences, fmt(base.seconds));
    Round second = timeOursFor(MIN_OURS_SECONDS);
    LOG.info("bench: ours round 2: {} sentences in {} s", second.sentences, fmt(second.seconds));

    // Two threads over the same documents at once, no Spark: what the JVM and the machine give a second
    // core, the ceiling for Spark's local[2] over local[1].
    Round pair = timeOursInThreads(2, MIN_OURS_SECONDS);
    Round third = timeOursFor(MIN_OURS_SECONDS);
    LOG.info("bench: ours in two threads: {} sentences in {} s; one thread again: {} in {} s", pair.sentences,
        fmt(pair.seconds), third.sentences, fmt(third.seconds));
    double oneThread = (second.sentences + third.sentences) / (second.seconds + third.seconds);
    report.put("two_threads_sentences_per_second", pair.sentences / pair.seconds);
    report.put("two_threads_speedup", pair.sentences / pair.seconds / oneThread);

    double oursRate = (first.sentences + second.sentences) / (first.seconds + second.seconds);
    double baseRate = base.sentences / base.seconds;
    report.put("documents", documents.size());
    report.put("warmup_documents", warmupDocuments);
    report.put("sentences", base.sentences);
    report.put("ours_sentences_measured", first.sentences + second.sentences);
    report.put("baseline_sentences_per_second_per_core", baseRate);
    report.put("ours_sentences_per_second_per_core", oursRate);
    report.put("ours_round_rates", List.of(first.sentences / first.seconds, second.sentences / second.seconds));
    report.put("ratio", oursRate / baseRate);
    // The same figures per CPU-second this JVM used: what other processes on a busy machine take from the
    // wall clock does not count, so this ratio is steadier when the machine is shared.
    double oursCpuRate = (first.sentences + second.sentences) / (first.cpuSeconds + second.cpuSeconds);
    double baseCpuRate = base.sentences / base.cpuSeconds;
    report.put("baseline_sentences_per_cpu_second", baseCpuRate);
    report.put("ours_sentences_per_cpu_second", oursCpuRate);
    report.put("ratio_cpu", oursCpuRate / baseCpuRate);
    report.put("stage_share", shares(stages, first.seconds));
    return report;
  }

  /** Share of our first round's time per CoreNLP annotator; the rest is the project's own code. */
  private static Map<String, Double> shares(Map<String, Double> stages, double total) {
    Map<String, Double> share = new LinkedHashMap<>();
    double coreNlp = 0;
    for (Map.Entry<String, Double> e : stages.entrySet()) {
      share.put(e.getKey(), e.getValue() / total);
      coreNlp += e.getValue();
    }
    share.put("other (attribution, news sentiment, stance, rows)", Math.max(0, total - coreNlp) / total);
    return share;
  }

  /** Passes over the documents until {@code minSeconds} have gone by; the passes' sums. */
  private Round timeOursFor(double minSeconds) {
    Round total = new Round(0, 0, 0);
    do {
      Round pass = timeOurs(documents);
      total = new Round(total.sentences + pass.sentences, total.seconds + pass.seconds,
          total.cpuSeconds + pass.cpuSeconds);
    } while (total.seconds < minSeconds);
    return total;
  }

  /** {@code threads} threads each repeating the documents for {@code minSeconds}; all their sentences, wall time. */
  private Round timeOursInThreads(int threads, double minSeconds) {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      long cpuStart = cpuNanos();
      List<java.util.concurrent.Future<Round>> rounds = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        rounds.add(pool.submit(() -> timeOursFor(minSeconds)));
      }
      long sentences = 0;
      for (java.util.concurrent.Future<Round> round : rounds) {
        sentences += round.get().sentences;
      }
      return new Round(sentences, (System.nanoTime() - start) / 1e9, (cpuNanos() - cpuStart) / 1e9);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("annotate stage failed in the benchmark", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The run's annotate stage over the documents, as one task would run it; rows consumed as Spark would. */
  private Round timeOurs(List<Article> docs) {
    List<Row> rows = docs.stream().map(Rows::articleWithSchema).toList();
    int sentencesField = Tables.ANNOTATED.fieldIndex("sentences");
    int rejectField = Tables.ANNOTATED.fieldIndex("reject");
    long start = System.nanoTime();
    long cpuStart = cpuNanos();
    long sentences = 0;
    try {
      Iterator<Row> out = stage.call(rows.iterator());
      while (out.hasNext()) {
        Row annotated = out.next();
        if (!annotated.isNullAt(rejectField)) {
          throw new IllegalStateException("benchmark document rejected: " + annotated.get(rejectField));
        }
        sentences += annotated.getSeq(sentencesField).size();
      }
    } catch (Exception e) {
      throw new IllegalStateException("annotate stage failed in the benchmark", e);
    }
    return new Round(sentences, (System.nanoTime() - start) / 1e9, (cpuNanos() - cpuStart) / 1e9);
  }

  private Round timeBaseline(StanfordCoreNLP pipeline) {
    long start = System.nanoTime();
    long cpuStart = cpuNanos();
    long sentences = 0;
    for (Article doc : documents) {
      Annotation annotation = new Annotation(doc.text());
      pipeline.annotate(annotation);
      sentences += annotation.get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class).size();
    }
    return new Round(sentences, (System.nanoTime() - start) / 1e9, (cpuNanos() - cpuStart) / 1e9);
  }

  /** CPU time of this JVM, all its threads (the stage runs each document on a worker thread; GC and JIT count). */
  private static long cpuNanos() {
    return OS.getProcessCpuTime();
  }

  /** Sentences, wall-clock seconds, and CPU seconds this JVM used meanwhile. */
  private record Round(long sentences, double seconds, double cpuSeconds) {}

  private static double heapUsedMb() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
  }

  private static void resetPeakHeap() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks since the last reset (an upper bound of the peak heap in use). */
  private static double peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / 1048576.0;
  }

  static String fmt(double v) {
    return String.format("%.1f", v);
  }
}
