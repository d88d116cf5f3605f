package io.stancelens.nlp;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.neural.Embedding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.ejml.simple.SimpleMatrix;

/**
 * Pretrained 50-dimensional word vectors shipped in CoreNLP's models jar (those of its neural coreference
 * model: 103k cased words). Loaded once per JVM (about 0.6 s) on first use; read-only and shared by all
 * threads.
 *
 * <p>A word is looked up as written, then lower-cased; digits are folded to 0 as the embedding's own
 * vocabulary does ("#00").
 */
public final class WordVectors {

  /** Classpath resource of the vectors, inside stanford-corenlp-4.5.10-models.jar. */
  public static final String RESOURCE = "edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz";

  public static final int DIMENSIONS = 50;

  private final Embedding embedding;
  private final java.util.Map<String, SimpleMatrix> words;

  private WordVectors(Embedding embedding) {
    if (embedding.getEmbeddingSize() != DIMENSIONS) {
      throw new IllegalStateException(
          "expected " + DIMENSIONS + "-dimensional vectors in " + RESOURCE + ", got " + embedding.getEmbeddingSize());
    }
    this.embedding = embedding;
    // Embedding.get answers unknown words with its UNK vector; the map answers null.
    this.words = embedding.getWordVectors();
  }

  private static final class Holder {
    static final WordVectors INSTANCE = load();
  }

  /** The vectors of this JVM, loaded on first call. */
  public static WordVectors get() {
    return Holder.INSTANCE;
  }

  private static WordVectors load() {
    try {
      return new WordVectors(IOUtils.readObjectFromURLOrClasspathOrFileSystem(RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CoreNLP word vectors " + RESOURCE, e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("cannot read CoreNLP word vectors " + RESOURCE, e);
    }
  }

  public int size() {
    return embedding.size();
  }

  /** The vector of a word, or null when neither the word nor its lower case is known. Do not modify it. */
  public double[] vector(String word) {
    SimpleMatrix m = lookup(word);
    return m == null ? null : m.getDDRM().getData();
  }

  private SimpleMatrix lookup(String word) {
    SimpleMatrix m = words.get(word);
    if (m == null) {
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      m = words.get(lower);
      if (m == null && lower.chars().anyMatch(Character::isDigit)) {
        m = words.get(lower.replaceAll("[0-9]", "0"));
      }
    }
    return m;
  }

  /**
   * The mean vector of the known words, unit-normalised (zeros when none is known). Writes into a new
   * array of {@link #DIMENSIONS} values.
   */
  public double[] meanUnit(List<String> words) {
    double[] sum = new double[DIMENSIONS];
    for (String w : words) {
      double[] v = vector(w);
      if (v != null) {
        for (int i = 0; i < DIMENSIONS; i++) {
          sum[i] += v[i];
        }
      }
    }
    double norm = 0;
    for (double x : sum) {
      norm += x * x;
    }
    if (norm > 0) {
      double scale = 1.0 / Math.sqrt(norm);
      for (int i = 0; i < DIMENSIONS; i++) {
        sum[i] *= scale;
      }
    }
    return sum;
  }

  /** Cosine similarity of two words' vectors; NaN when either is unknown. */
  public double similarity(String a, String b) {
    double[] x = vector(a);
    double[] y = vector(b);
    if (x == null || y == null) {
      return Double.NaN;
    }
    double dot = 0, nx = 0, ny = 0;
    for (int i = 0; i < DIMENSIONS; i++) {
      dot += x[i] * y[i];
      nx += x[i] * x[i];
      ny += y[i] * y[i];
    }
    return nx == 0 || ny == 0 ? Double.NaN : dot / Math.sqrt(nx * ny);
  }
}
