package io.stancelens.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the top-level spans in double quotation marks, paragraph by paragraph (a paragraph is a line):
 * curly “…”, straight "…", „…“ and «…». Marks nested inside a quote (‘…’ or a second “…”) stay inside
 * it; apostrophes never count. A quote left open at the end of its paragraph runs to the paragraph's
 * end: news style for a quote that continues in the next paragraph, which opens with a quotation mark.
 */
final class QuoteFinder {

  /**
   * One quoted span.
   *
   * @param open       offset of the opening mark
   * @param close      offset of the closing mark, or the paragraph end when left open
   * @param begin      first character of the content (whitespace trimmed)
   * @param end        just past the content (whitespace and a trailing comma trimmed)
   * @param closed     false when the paragraph ended before a closing mark
   * @param paragraph  0-based line number of the paragraph it stands in
   * @param opensParagraph true when the opening mark is the first character of its paragraph
   */
  record Quote(int open, int close, int begin, int end, boolean closed, int paragraph,
               boolean opensParagraph) {}

  private QuoteFinder() {}

  static List<Quote> find(String text) {
    List<Quote> quotes = new ArrayList<>();
    int lineStart = 0;
    int paragraph = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      findInLine(text, lineStart, lineEnd, paragraph, quotes);
      paragraph++;
      lineStart = lineEnd + 1;
    }
    return quotes;
  }

  private static void findInLine(String text, int from, int to, int paragraph, List<Quote> out) {
    int firstChar = from;
    while (firstChar < to && Character.isWhitespace(text.charAt(firstChar))) {
      firstChar++;
    }
    int depth = 0;
    int open = -1;
    char openMark = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (depth == 0) {
        if (c == '“' || c == '„' || c == '«' || (c == '"' && opensStraight(text, i, from, to))) {
          depth = 1;
          open = i;
          openMark = c;
        }
      } else if (closes(openMark, c)) {
        depth--;
        if (depth == 0) {
          add(text, open, i, true, paragraph, open == firstChar, out);
        }
      } else if (c == openMark && c != '"') {
        depth++;
      }
    }
    if (depth > 0) {
      add(text, open, to, false, paragraph, open == firstChar, out);
    }
  }

  private static boolean closes(char openMark, char c) {
    return switch (openMark) {
      case '“' -> c == '”' || c == '"';
      case '„' -> c == '“' || c == '”';
      case '«' -> c == '»';
      default -> c == '"' || c == '”';
    };
  }

  /** A straight quote opens when it is not glued to a preceding word (5'10" or a stray mark). */
  private static boolean opensStraight(String text, int i, int from, int to) {
    if (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    return i == from || !Character.isLetterOrDigit(text.charAt(i - 1));
  }

  private static void add(String text, int open, int close, boolean closed, int paragraph, boolean opens,
                          List<Quote> out) {
    int begin = open + 1;
    int end = close;
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
      end--;
    }
    if (end > begin) {
      out.add(new Quote(open, close, begin, end, closed, paragraph, opens));
    }
  }
}
