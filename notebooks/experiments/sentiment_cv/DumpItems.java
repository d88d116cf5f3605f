import io.stancelens.nlp.WordVectors;
import io.stancelens.sentiment.NewsFeatures;
import java.nio.file.*;
import java.util.*;
import java.util.regex.*;

/**
 * Items of a TSV (id, rating, text) as the news model sees them: id, rating, the 9 lexicon features, the
 * negation-marked terms, the tokens as written; and (appended to PREFIX.vec.tsv) the word vectors of the tokens.
 * Usage: java -cp CLASSPATH DumpItems.java IN.tsv PREFIX
 */
public class DumpItems {
  static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*|\\p{N}+|[.,;:!?]");
  public static void main(String[] a) throws Exception {
    // a[0] = input tsv (id \t rating \t text) or jsonl-derived tsv ; a[1] = out prefix
    List<String> lines = Files.readAllLines(Path.of(a[0]));
    WordVectors wv = WordVectors.get();
    Set<String> vocab = new TreeSet<>();
    try (var w = Files.newBufferedWriter(Path.of(a[1] + ".items.tsv"))) {
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split("\t", 3);
        NewsFeatures nf = NewsFeatures.of(f[2]);
        StringBuilder sb = new StringBuilder(f[0]).append('\t').append(f[1]);
        for (double v : nf.lexicon()) sb.append('\t').append(v);
        sb.append('\t').append(String.join(" ", nf.terms()));
        // cased tokens, with negation flag
        List<String> toks = new ArrayList<>();
        Matcher m = TOKEN.matcher(f[2].replace('’', '\''));
        while (m.find()) { String t = m.group(); toks.add(t); if (wv.vector(t) != null) vocab.add(t); }
        sb.append('\t').append(String.join(" ", toks));
        w.write(sb.append('\n').toString());
      }
    }
    try (var w = Files.newBufferedWriter(Path.of(a[1] + ".vec.tsv"), StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      for (String t : vocab) {
        StringBuilder sb = new StringBuilder(t);
        for (double v : wv.vector(t)) sb.append('\t').append((float) v);
        w.write(sb.append('\n').toString());
      }
    }
  }
}
