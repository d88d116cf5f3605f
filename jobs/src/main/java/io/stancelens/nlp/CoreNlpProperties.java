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
   * parser with binarized trees, and the RNTN sentiment model over them. Lemmas, NER (the 3-class
   * PERSON/ORGANIZATION/LOCATION model only, no fine-grained regexner, no SUTime, no numeric classifiers)
   * and the basic dependency graph are what quote attribution and stance need; no coreference. The parse
   * annotator builds no graphs ({@code parse.buildgraphs=false}: it would convert each tree five times);
   * {@link BasicDependenciesAnnotator} makes the one graph we read, identical to the parser's.
   */
  public static Properties annotate() {
    Properties props = base();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse,basicdeps,sentiment");
    props.setProperty("customAnnotatorClass.basicdeps", BasicDependenciesAnnotator.class.getName());
    fastNer(props);
    props.setProperty("parse.model", SR_PARSER);
    props.setProperty("parse.buildgraphs", "false");
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

  /**
   * CoreNLP's QuoteAttributionAnnotator (built for novels), the baseline of {@code evaluate --task
   * attribution}: the same tokenization, splitting, NER and shift-reduce parser as {@link #annotate()}, and
   * the coreference it requires (statistical: ~14 s per 50 sentences, so the evaluation may run the
   * baseline on a subset of a large gold set).
   */
  public static Properties quoteAttributionBaseline() {
    Properties props = base();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse,coref,quote");
    props.setProperty("coref.algorithm", "statistical");
    fastNer(props);
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("parse.model", SR_PARSER);
    props.setProperty("parse.maxlen", Integer.toString(PARSE_MAX_LENGTH));
    props.setProperty("quote.attributeQuotes", "true");
    return props;
  }

  /** NER for speakers: 3 classes, no fine-grained tags, dates or numbers (those cost time, not needed). */
  private static void fastNer(Properties props) {
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.buildEntityMentions", "false");
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
