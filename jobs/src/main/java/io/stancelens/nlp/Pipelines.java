package io.stancelens.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP pipelines, built once per JVM per configuration and shared by every task thread in it.
 * StanfordCoreNLP is not serializable and takes 10-30 s and GBs to load: it never travels with a task
 * and is never built per row.
 */
public final class Pipelines {

  private static final Logger LOG = LoggerFactory.getLogger(Pipelines.class);
  private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();
  private static final Map<String, Long> LOAD_MILLIS = new ConcurrentHashMap<>();
  private static final java.util.concurrent.atomic.AtomicInteger LOADS = new java.util.concurrent.atomic.AtomicInteger();

  private Pipelines() {}

  public static StanfordCoreNLP get(Properties props) {
    return PIPELINES.computeIfAbsent(key(props), k -> load(props, k));
  }

  /** Milliseconds it took this JVM to load the pipeline for these properties; -1 if not loaded here. */
  public static long loadMillis(Properties props) {
    return LOAD_MILLIS.getOrDefault(key(props), -1L);
  }

  /** How many pipelines this JVM has built, all configurations together. */
  public static int loads() {
    return LOADS.get();
  }

  private static StanfordCoreNLP load(Properties props, String key) {
    LOADS.incrementAndGet();
    LOG.info("Loading CoreNLP pipeline ({}) in this JVM", props.getProperty("annotators"));
    long start = System.nanoTime();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    ShiftReduceWeights.install(pipeline);
    long millis = (System.nanoTime() - start) / 1_000_000;
    LOAD_MILLIS.put(key, millis);
    LOG.info("CoreNLP pipeline loaded in {} s", String.format("%.1f", millis / 1000.0));
    return pipeline;
  }

  private static String key(Properties props) {
    Map<String, String> sorted = new TreeMap<>();
    props.stringPropertyNames().forEach(name -> sorted.put(name, props.getProperty(name)));
    return sorted.toString();
  }
}
