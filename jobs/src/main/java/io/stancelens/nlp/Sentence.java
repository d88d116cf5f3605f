package io.stancelens.nlp;

import io.stancelens.sentiment.SentimentLabel;
import java.io.Serializable;

/**
 * One sentence of an article with its RNTN sentiment.
 *
 * @param index          0-based position in the article
 * @param paragraphIndex 0-based index of the non-empty line (paragraph or heading) it stands in
 * @param begin          character offset of its first character in the article text
 * @param end            character offset just past its last character
 * @param text           the article text between begin and end, exactly
 * @param tokenCount     CoreNLP tokens in the sentence
 * @param heading        true when the sentence is a whole short line without final punctuation
 * @param parsed         false when the sentence exceeded the parser's length bound and got a flat tree
 * @param label          the most probable RNTN class at the root
 * @param probs          the RNTN's five class probabilities at the root, very_negative first
 * @param score          the expected value of the class on -1..1
 * @param rntnNodes      the RNTN's predictions at the tree's other nodes, as {@link io.stancelens.sentiment.RntnNodes#stats} sums
 */
public record Sentence(int index, int paragraphIndex, int begin, int end, String text, int tokenCount,
                       boolean heading, boolean parsed, SentimentLabel label, double[] probs, double score,
                       double[] rntnNodes)
    implements Serializable {}
