package io.stancelens.nlp;

import edu.stanford.nlp.parser.shiftreduce.Weight;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.ParserAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A faster lookup table for the shift-reduce parser's feature weights, put in place of the model's own
 * after the pipeline loads. Same keys, same {@link Weight} objects, so the parses are the same.
 *
 * <p>Why: profiling the run's pipeline (JFR, see README "Performance") put ~60% of the shift-reduce parser's
 * time in {@code HashMap.get} on its ~millions of String features: every lookup chases a bucket, a node and
 * a key through memory, and most feature strings of a sentence are not in the model at all. This table is
 * open addressing over parallel arrays: a miss usually costs one read of an {@code int[]} of hash codes,
 * a hit one more for the key and the value. It extends HashMap because the model's field is declared
 * {@code HashMap<String, Weight>}; it keeps every entry in the superclass too, so everything but
 * {@code get} behaves as before.
 *
 * <p>The fields are CoreNLP 4.5.10's (ParserAnnotator.parser, ShiftReduceParser.model,
 * PerceptronModel.featureWeights, WeightMap.weights). If they are not there (another CoreNLP), the pipeline
 * is left as it is and this says so in the log: slower, never different.
 */
public final class ShiftReduceWeights extends HashMap<String, Weight> {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ShiftReduceWeights.class);

  private final int[] hashes;
  private final String[] keys;
  private final Weight[] values;
  private final int mask;

  ShiftReduceWeights(Map<String, Weight> weights) {
    super(weights);
    int capacity = Integer.highestOneBit(Math.max(4, weights.size() * 2 - 1)) << 1;
    hashes = new int[capacity];
    keys = new String[capacity];
    values = new Weight[capacity];
    mask = capacity - 1;
    for (Map.Entry<String, Weight> e : weights.entrySet()) {
      int h = spread(e.getKey().hashCode());
      int i = h & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      hashes[i] = h;
      keys[i] = e.getKey();
      values[i] = e.getValue();
    }
  }

  @Override
  public Weight get(Object key) {
    int h = spread(key.hashCode());
    int i = h & mask;
    String k;
    while ((k = keys[i]) != null) {
      if (hashes[i] == h && k.equals(key)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return null;
  }

  @Override
  public Weight put(String key, Weight value) {
    throw new UnsupportedOperationException("the parser's weights are read-only once loaded");
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /**
   * Puts the table in every shift-reduce parse annotator of the pipeline; how many parsers have it. Off
   * with {@code -Dstancelens.parser.stockWeights=true} (to measure the difference: README "Performance").
   */
  public static int install(StanfordCoreNLP pipeline) {
    if (Boolean.getBoolean("stancelens.parser.stockWeights")) {
      return 0;
    }
    int installed = 0;
    try {
      @SuppressWarnings("unchecked")
      List<Annotator> annotators = (List<Annotator>) field(AnnotationPipeline.class, "annotators").get(pipeline);
      for (Annotator annotator : annotators) {
        if (annotator instanceof ParserAnnotator && install(field(ParserAnnotator.class, "parser").get(annotator))) {
          installed++;
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn("Shift-reduce parser weights left as CoreNLP built them ({}): parsing is the same, slower", e.toString());
    }
    return installed;
  }

  /** Puts the table in one parser if it is a shift-reduce parser; whether it has it now. */
  static boolean install(Object parser) throws ReflectiveOperationException {
    if (!parser.getClass().getName().equals("edu.stanford.nlp.parser.shiftreduce.ShiftReduceParser")) {
      return false;
    }
    Object model = field(parser.getClass(), "model").get(parser);
    Object weightMap = field(model.getClass(), "featureWeights").get(model);
    Field weightsField = field(weightMap.getClass(), "weights");
    synchronized (weightMap) {
      Object weights = weightsField.get(weightMap);
      if (!(weights instanceof ShiftReduceWeights)) {
        @SuppressWarnings("unchecked")
        Map<String, Weight> map = (Map<String, Weight>) weights;
        weightsField.set(weightMap, new ShiftReduceWeights(map));
        LOG.info("Shift-reduce parser: {} feature weights in an open-addressing table", map.size());
      }
    }
    return true;
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(type.getName() + "." + name);
  }
}
