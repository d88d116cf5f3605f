package io.stancelens.jobs;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one document's annotation on a worker thread and gives up on it after a time limit. The caller
 * (a Spark task) waits at most the limit; the worker is interrupted, which CoreNLP honours between
 * annotators, between sentences and inside the tagger and shift-reduce parser, so the abandoned work stops
 * soon after. The shared pipeline is never torn down: the next document runs on it as usual.
 * Plain Java; one daemon thread pool per JVM.
 */
final class DocumentTimeGuard {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentTimeGuard.class);
  private static final AtomicInteger THREADS = new AtomicInteger();
  /**
   * Stack of a worker thread. CoreNLP's RNTN sentiment recurses once per tree level, and a sentence longer
   * than the parser bound gets a flat tree that binarizes into a chain one level per token: a 2,000-token
   * sentence overflows the default 1 MB stack. 256 MB (reserved, committed only as used) carries the longest
   * sentence the document bound allows (200k characters, ~50k tokens).
   */
  static final long WORKER_STACK_BYTES = 256L * 1024 * 1024;
  private static final ThreadFactory FACTORY = r -> {
    Thread t = new Thread(null, r, "stancelens-annotate-" + THREADS.incrementAndGet(), WORKER_STACK_BYTES);
    t.setDaemon(true);
    return t;
  };
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(FACTORY);
  private static final AtomicInteger ABANDONED = new AtomicInteger();

  private DocumentTimeGuard() {}

  /** Thrown when the limit passed; the work was interrupted and abandoned. */
  static final class DocumentTimeoutException extends Exception {
    private final long elapsedMillis;

    DocumentTimeoutException(long elapsedMillis) {
      super("gave up after " + elapsedMillis + " ms");
      this.elapsedMillis = elapsedMillis;
    }

    long elapsedMillis() {
      return elapsedMillis;
    }
  }

  /**
   * @return the work's result when it finished within the limit
   * @throws DocumentTimeoutException when it did not; the work is interrupted and left to stop
   * @throws RuntimeException or Error as the work threw it
   */
  static <T> T run(Callable<T> work, Duration limit) throws DocumentTimeoutException {
    long start = System.nanoTime();
    Future<T> future = WORKERS.submit(work);
    try {
      return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      int abandoned = ABANDONED.incrementAndGet();
      LOG.warn("document time limit of {} s passed: annotation interrupted ({} abandoned in this JVM)",
          limit.toSeconds(), abandoned);
      throw new DocumentTimeoutException((System.nanoTime() - start) / 1_000_000);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for annotation", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Documents given up on in this JVM so far. */
  static int abandoned() {
    return ABANDONED.get();
  }
}
