package io.stancelens.jobs;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Per-JVM progress of the annotate stage, logged at most every 30 s for someone watching a long run. */
final class AnnotateProgress {

  private static final Logger LOG = LoggerFactory.getLogger(AnnotateProgress.class);
  private static final long INTERVAL_NANOS = 30_000_000_000L;
  private static final AtomicLong ARTICLES = new AtomicLong();
  private static final AtomicLong SENTENCES = new AtomicLong();
  private static final long START = System.nanoTime();
  private static final AtomicLong LAST_LOG = new AtomicLong(System.nanoTime());

  private AnnotateProgress() {}

  static void record(int sentences) {
    long articles = ARTICLES.incrementAndGet();
    long total = SENTENCES.addAndGet(sentences);
    long now = System.nanoTime();
    long last = LAST_LOG.get();
    if (now - last >= INTERVAL_NANOS && LAST_LOG.compareAndSet(last, now)) {
      double seconds = (now - START) / 1e9;
      LOG.info("annotate: {} articles, {} sentences in this JVM so far ({} sentences/s)",
          articles, total, String.format("%.1f", total / seconds));
    }
  }
}
