package io.stancelens.nlp;

import java.util.Properties;

/**
 * The one place that builds CoreNLP properties. Every pipeline in the project, the job's and the
 * baselines', is configured here, so what runs and what is measured cannot drift apart.
 */
public final class CoreNlpProperties {

  /** Shift-reduce constituency parser: ~15x faster than the PCFG default; ships in the models-english jar. */
  public static final String SR_PARSER = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";
  /** The RNTN sentiment model every pipeline here uses: CoreNLP's default, shipped in the models jar. */
  public static final String SENTIMENT_MODEL = "edu/stanford/nlp/models/sentiment/sentiment.ser.gz";
  /** Sentences longer than this (tokens) get CoreNLP's flat fallback tree instead of a parse. */
  public static final int PARSE_MAX_LENGTH = 120;

  private CoreNlpProperties() {}

  /**
   * The pipeline the {@code run} job uses: tokenize and split (newlines are sentence breaks, since the
   * articles put headings and paragraphs on lines of their own), POS for the parser, the shift-reduce
   * parser with binarized trees, and the RNTN sentiment model over them.
   */
  public static Properties annotate() {
    Properties props = base();
    props.setProperty("annotators", "tokenize,ssplit,pos,parse,sentiment");
    props.setProperty("parse.model", SR_PARSER);
    props.setProperty("parse.binaryTrees", "true");
    props.setProperty("parse.maxlen", Integer.toString(PARSE_MAX_LENGTH));
    props.setProperty("sentiment.model", SENTIMENT_MODEL);
    return props;
  }

  /**
   * The run's pipeline ({@link #annotate()}) for text that is already tokenized, one sentence per input:
   * the Stanford Sentiment Treebank's sentences, whose leaves are PTB tokens ({@code -LRB-}, {@code \/},
   * {@code ca n't}). Whitespace tokenization keeps exactly the gold leaves, so our tree's nodes can be
   * matched to the gold nodes by token span, and re-tokenizing escaped PTB tokens cannot split them
   * ({@code -LRB-} would become three tokens). Tagger, parser, binarization and RNTN are the run's.
   */
  public static Properties annotatePretokenizedSentence() {
    Properties props = annotate();
    props.setProperty("tokenize.whitespace", "true");
    props.setProperty("ssplit.isOneSentence", "true");
    return props;
  }

  /**
   * CoreNLP's default sentiment pipeline (PCFG parser), the baseline the benchmark compares against.
   * Same tokenization and splitting as {@link #annotate()}, so both see the same sentences.
   */
  public static Properties defaultSentimentBaseline() {
    Properties props = base();
    props.setProperty("annotators", "tokenize,ssplit,pos,parse,sentiment");
    props.setProperty("parse.binaryTrees", "true");
    return props;
  }

  private static Properties base() {
    Properties props = new Properties();
    props.setProperty("tokenize.language", "en");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    // CoreNLP's own thread pool is not used: Spark runs one task per core and they share the pipeline.
    props.setProperty("threads", "1");
    return props;
  }
}
