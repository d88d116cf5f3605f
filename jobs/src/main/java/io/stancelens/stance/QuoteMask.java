package io.stancelens.stance;

/** Which characters of a text stand inside quotation marks (curly or straight double quotes). */
final class QuoteMask {

  private QuoteMask() {}

  /** For each offset 0..length: inside a quotation. A quote left open ends at the end of its line. */
  static boolean[] of(String text) {
    boolean[] inside = new boolean[text.length() + 1];
    boolean open = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“') {
        open = true;
      } else if (c == '”') {
        open = false;
      } else if (c == '"') {
        open = !open;
      } else if (c == '\n') {
        open = false;
      }
      inside[i] = open;
    }
    return inside;
  }
}
