package io.stancelens.attribution;

import java.io.Serializable;

/**
 * One statement found in an article: a direct quote (words in quotation marks) or reported speech
 * ("X said that ...", "according to X, ..."), with the cue that introduces it and who said it.
 * All offsets are character offsets into the article text; end offsets are exclusive.
 *
 * @param articleId     the article
 * @param quoteIndex    0-based position among the article's statements, in text order
 * @param kind          {@link #DIRECT} or {@link #REPORTED}
 * @param begin         first character of the content (quotation marks excluded)
 * @param end           just past the content's last character
 * @param text          the content, exactly as in the text
 * @param cue           the cue ("said", "according to", "made no mention"), null when none (continuations,
 *                      scare quotes)
 * @param cueBegin      cue start, null with cue
 * @param cueEnd        cue end, null with cue
 * @param speakerBegin  start of the mention naming the speaker in this statement's construction ("he",
 *                      "the former soldier", "Prokopiev"), null when the text states none here
 * @param speakerEnd    end of that mention, null with it
 * @param speakerMention the mention's text, null with it
 * @param speaker       canonical speaker ("Vladimir Putin", "White House", "Polish defense enterprise
 *                      director"), null when unknown or NONE
 * @param speakerType   PERSON, ORGANIZATION, UNKNOWN or NONE (scare quotes, titles)
 * @param confidence    0..1, the rule's measured or judged reliability
 * @param rule          which rule decided: direct-cue-after, direct-cue-before, direct-embedded,
 *                      continuation, scare-quote, title, reported-clause, according-to, ...
 */
public record Statement(String articleId, int quoteIndex, String kind, int begin, int end, String text,
                        String cue, Integer cueBegin, Integer cueEnd, Integer speakerBegin,
                        Integer speakerEnd, String speakerMention, String speaker, String speakerType,
                        double confidence, String rule) implements Serializable {

  public static final String DIRECT = "direct";
  public static final String REPORTED = "reported";

  public static final String PERSON = "PERSON";
  public static final String ORGANIZATION = "ORGANIZATION";
  public static final String UNKNOWN = "UNKNOWN";
  public static final String NONE = "NONE";

  public boolean overlaps(int from, int to) {
    return begin < to && from < end;
  }

  Statement withIndex(int index) {
    return new Statement(articleId, index, kind, begin, end, text, cue, cueBegin, cueEnd, speakerBegin,
        speakerEnd, speakerMention, speaker, speakerType, confidence, rule);
  }

  Statement withSpeaker(String canonical) {
    return new Statement(articleId, quoteIndex, kind, begin, end, text, cue, cueBegin, cueEnd, speakerBegin,
        speakerEnd, speakerMention, canonical, speakerType, confidence, rule);
  }
}
