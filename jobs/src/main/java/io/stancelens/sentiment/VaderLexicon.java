package io.stancelens.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The VADER lexicon (7,500 tokens with a mean human valence on -4..4), shipped on the classpath at
 * {@value #RESOURCE} with its MIT licence and provenance beside it. Loaded once per JVM.
 */
public final class VaderLexicon {

  public static final String RESOURCE = "/stancelens/sentiment/vader_lexicon.txt";

  private static final VaderLexicon INSTANCE = load();

  private final Map<String, Double> valence;

  private VaderLexicon(Map<String, Double> valence) {
    this.valence = valence;
  }

  public static VaderLexicon get() {
    return INSTANCE;
  }

  /** The valence of a lower-cased token, or 0 when it is not in the lexicon. */
  public double valence(String token) {
    return valence.getOrDefault(token, 0.0);
  }

  public boolean contains(String token) {
    return valence.containsKey(token);
  }

  public int size() {
    return valence.size();
  }

  private static VaderLexicon load() {
    Map<String, Double> map = new HashMap<>();
    try (InputStream stream = VaderLexicon.class.getResourceAsStream(RESOURCE)) {
      if (stream == null) {
        throw new IllegalStateException("lexicon not on the classpath: " + RESOURCE);
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.strip().split("\t");
        if (f.length >= 2) {
          map.put(f[0].toLowerCase(Locale.ROOT), Double.parseDouble(f[1]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new VaderLexicon(Map.copyOf(map));
  }
}
