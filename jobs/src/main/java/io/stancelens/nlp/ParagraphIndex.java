package io.stancelens.nlp;

/** Maps character offsets to the index of the non-empty line they stand in. */
final class ParagraphIndex {

  private ParagraphIndex() {}

  /** For each offset 0..length, the 0-based index of its non-empty line (blank lines do not count). */
  static int[] of(String text) {
    int[] index = new int[text.length() + 1];
    int paragraph = -1;
    boolean lineHasText = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        lineHasText = false;
      } else if (!lineHasText && !Character.isWhitespace(c)) {
        lineHasText = true;
        paragraph++;
      }
      index[i] = Math.max(paragraph, 0);
    }
    index[text.length()] = Math.max(paragraph, 0);
    return index;
  }
}
