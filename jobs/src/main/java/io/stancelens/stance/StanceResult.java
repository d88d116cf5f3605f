package io.stancelens.stance;

import java.io.Serializable;

/**
 * The stance of one statement toward one target.
 *
 * @param statement      the statement scored
 * @param target         the target's name
 * @param relevant       true when the statement mentions the target (then the model scored it)
 * @param stance         FAVOR / AGAINST / NEUTRAL (NEUTRAL when not relevant)
 * @param probabilities  the model's FAVOR, AGAINST, NEUTRAL probabilities; null when not relevant
 * @param evidenceBegin  character offset of the evidence span (the scored piece that decided) in the article
 * @param evidenceEnd    just past it
 * @param evidence       the article text of the evidence span
 * @param sentiment      mean RNTN sentiment score (-1..1) of the sentences the statement stands in
 */
public record StanceResult(StanceStatement statement, String target, boolean relevant, StanceLabel stance,
                           double[] probabilities, int evidenceBegin, int evidenceEnd, String evidence,
                           double sentiment) implements Serializable {

  /** The probability of the stance given; null when the statement was not scored. */
  public Double probability() {
    return probabilities == null ? null : probabilities[stance.ordinal()];
  }
}
