package io.stancelens.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Seconds each CoreNLP annotator of a pipeline has spent so far, from the pipeline's own accounting. */
final class PipelineTiming {

  private static final Pattern LINE = Pattern.compile("^(\\w+)Annotator: ([0-9.]+) sec\\.$", Pattern.MULTILINE);

  private PipelineTiming() {}

  /** e.g. {Tokenizer=0.3, POSTagger=1.2, Parser=16.4, Sentiment=1.7}; 0.1 s resolution. */
  static Map<String, Double> snapshot(StanfordCoreNLP pipeline) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    Matcher m = LINE.matcher(pipeline.timingInformation());
    while (m.find()) {
      seconds.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
    }
    return seconds;
  }

  static Map<String, Double> minus(Map<String, Double> after, Map<String, Double> before) {
    Map<String, Double> diff = new LinkedHashMap<>();
    after.forEach((k, v) -> diff.put(k, v - before.getOrDefault(k, 0.0)));
    return diff;
  }
}
