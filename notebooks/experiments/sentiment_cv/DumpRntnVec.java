import edu.stanford.nlp.sentiment.SentimentModel;
import java.nio.file.*;
import java.util.*;
/** The RNTN sentiment model's own 25-d word vectors (word, values), to the file named by the first argument. */
public class DumpRntnVec {
  public static void main(String[] a) throws Exception {
    SentimentModel m = SentimentModel.loadSerialized("edu/stanford/nlp/models/sentiment/sentiment.ser.gz");
    System.err.println("words " + m.wordVectors.size() + " dim " + m.numHid);
    try (var w = Files.newBufferedWriter(Path.of(a[0]))) {
      for (var e : m.wordVectors.entrySet()) {
        StringBuilder sb = new StringBuilder(e.getKey());
        for (int i = 0; i < e.getValue().getNumElements(); i++) sb.append('\t').append((float) e.getValue().get(i));
        w.write(sb.append('\n').toString());
      }
    }
  }
}
