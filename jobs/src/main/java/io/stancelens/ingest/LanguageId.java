package io.stancelens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language identification with Apache OpenNLP's language detector and its published model
 * ({@code langdetect-183.bin}, 103 languages, ISO 639-3 codes, from the {@code opennlp-models-langdetect}
 * jar on Maven Central). Chosen over Lingua (a 70+ MB jar with all its models, plus the Kotlin runtime) and
 * Optimaize (unmaintained since 2016): Apache-maintained, a 10 MB model loaded once per JVM in about a
 * second, a maxent classifier over character n-grams that is fast on article-length text.
 *
 * <p>The detector objects are not thread-safe, so each thread has its own over the one shared model.
 */
public final class LanguageId {

  /** The language the pipeline's models are for (ISO 639-3). */
  public static final String ENGLISH = "eng";
  /** Characters of the text the detector looks at: enough for a verdict, bounded for a 5 MB input. */
  static final int SAMPLE_CHARS = 4000;

  private static final String MODEL_RESOURCE = "/langdetect-183.bin";
  private static final ThreadLocal<LanguageDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new LanguageDetectorME(Model.INSTANCE));

  private LanguageId() {}

  /** The verdict: most probable language (ISO 639-3) and its probability. */
  public record Verdict(String language, double confidence) {
    public boolean english() {
      return ENGLISH.equals(language);
    }
  }

  /** Detects the language of the text's first {@value #SAMPLE_CHARS} characters. */
  public static Verdict detect(String text) {
    CharSequence sample = text.length() > SAMPLE_CHARS ? text.subSequence(0, SAMPLE_CHARS) : text;
    Language best = DETECTOR.get().predictLanguage(sample);
    return new Verdict(best.getLang(), best.getConfidence());
  }

  /** Letters in the text, counted up to {@code max}. */
  static int letters(String text, int max) {
    int n = 0;
    for (int i = 0; i < text.length() && n < max; i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static final class Model {
    static final LanguageDetectorModel INSTANCE = load();

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageId.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("language model " + MODEL_RESOURCE
              + " not on the classpath (org.apache.opennlp:opennlp-models-langdetect)");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the language model", e);
      }
    }
  }
}
