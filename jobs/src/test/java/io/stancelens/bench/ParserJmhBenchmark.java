package io.stancelens.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.stancelens.nlp.CoreNlpProperties;
import io.stancelens.nlp.ShiftReduceWeights;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hottest step of the annotate stage, per {@code ./stancelens bench}'s stage shares: constituency
 * parsing of the sample article's sentences (POS-tagged once in setup), shift-reduce as the run does it
 * (its feature weights in {@link ShiftReduceWeights}), shift-reduce with CoreNLP's own weight map, and the
 * PCFG default, side by side in one run (one fork each). Run with {@code jobs/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class ParserJmhBenchmark {

  /** shift-reduce: as the run parses (weights in ShiftReduceWeights); -stock-weights: CoreNLP's own HashMap. */
  @Param({"shift-reduce", "shift-reduce-stock-weights", "pcfg"})
  public String parser;

  private StanfordCoreNLP parse;
  private Annotation tagged;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    String text = Files.readString(Paths.get(System.getProperty("stancelens.repo", "."),
        "data/sample/putin-trump-call.txt"));
    Properties base = "pcfg".equals(parser)
        ? CoreNlpProperties.defaultSentimentBaseline() : CoreNlpProperties.annotate();
    Properties tagging = (Properties) base.clone();
    tagging.setProperty("annotators", "tokenize,ssplit,pos");
    tagged = new Annotation(text);
    new StanfordCoreNLP(tagging).annotate(tagged);
    Properties parsing = (Properties) base.clone();
    parsing.setProperty("annotators", "parse");
    parsing.setProperty("enforceRequirements", "false");
    parse = new StanfordCoreNLP(parsing);
    if ("shift-reduce".equals(parser)) {
      ShiftReduceWeights.install(parse);
    }
  }

  /** Parses every sentence of the article (53) once; re-parsing replaces the trees. */
  @Benchmark
  public Annotation parseArticle() {
    parse.annotate(tagged);
    return tagged;
  }
}
