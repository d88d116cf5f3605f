package io.stancelens.attribution;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.stancelens.nlp.CoreNlpProperties;
import io.stancelens.nlp.Pipelines;
import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP's own quote extraction and QuoteAttributionAnnotator (built for novels), run as the baseline of
 * the attribution evaluation, with the properties of {@link CoreNlpProperties#quoteAttributionBaseline()}.
 * It finds direct quotes only; its speaker is the speaker name it assigns, its mention the mention it
 * links the quote to.
 */
final class CoreNlpQuoteBaseline {

  private final StanfordCoreNLP pipeline = Pipelines.get(CoreNlpProperties.quoteAttributionBaseline());

  List<Statement> attribute(String articleId, String text) {
    Annotation document = new Annotation(text);
    pipeline.annotate(document);
    List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
    List<Statement> out = new ArrayList<>();
    List<CoreMap> quotes = document.get(CoreAnnotations.QuotationsAnnotation.class);
    if (quotes == null) {
      return out;
    }
    for (CoreMap q : quotes) {
      int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (end - begin >= 2) {
        begin++;
        end--;
      }
      String speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
      Integer mBegin = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
      Integer mEnd = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
      Integer speakerBegin = null;
      Integer speakerEnd = null;
      String mention = q.get(QuoteAttributionAnnotator.MentionAnnotation.class);
      if (mBegin != null && mEnd != null && mBegin >= 0 && mEnd < tokens.size()) {
        speakerBegin = tokens.get(mBegin).beginPosition();
        speakerEnd = tokens.get(mEnd).endPosition();
      }
      out.add(new Statement(articleId, out.size(), Statement.DIRECT, begin, end, text.substring(begin, end),
          null, null, null, speakerBegin, speakerEnd, mention, speaker,
          speaker == null ? Statement.UNKNOWN : Statement.PERSON, 0.0, "corenlp-quoteattribution"));
    }
    return out;
  }
}
