package io.stancelens.sentiment;

/**
 * One rated snippet of the NYT editorials corpus (the VADER paper's ground truth).
 *
 * @param id         the corpus id, e.g. {@code 30_1} (editorial 30, snippet 1)
 * @param meanRating the mean of 20 human ratings on -4..4
 * @param text       the snippet, one or a few sentences
 */
public record NytItem(String id, double meanRating, String text) {

  /** The human mean on the -1..1 scale the 3-class rule is applied to. */
  public double normalizedRating() {
    return meanRating / 4.0;
  }
}
