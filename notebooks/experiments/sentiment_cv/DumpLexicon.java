import io.stancelens.nlp.WordVectors;
import java.nio.file.*;

/** VADER lexicon words with their valence and CoreNLP word vector (words without a vector are left out). */
public class DumpLexicon {
  public static void main(String[] a) throws Exception {
    WordVectors wv = WordVectors.get();
    try (var w = Files.newBufferedWriter(Path.of(a[1]))) {
      for (String line : Files.readAllLines(Path.of(a[0]))) {
        String[] f = line.split("\t");
        double[] v = wv.vector(f[0]);
        if (v == null) continue;
        StringBuilder sb = new StringBuilder(f[0]).append('\t').append(f[1]);
        for (double x : v) sb.append('\t').append((float) x);
        w.write(sb.append('\n').toString());
      }
    }
  }
}
