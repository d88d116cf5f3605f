package io.stancelens.attribution;

import java.util.List;

/** Which characters of an article stand inside quotation marks (marks included). */
final class QuoteMask {

  private final boolean[] inside;

  QuoteMask(String text, List<QuoteFinder.Quote> quotes) {
    inside = new boolean[text.length() + 1];
    for (QuoteFinder.Quote q : quotes) {
      for (int i = q.open(); i <= Math.min(q.close(), text.length() - 1); i++) {
        inside[i] = true;
      }
    }
  }

  boolean inQuote(int offset) {
    return offset >= 0 && offset < inside.length && inside[offset];
  }
}
