package io.stancelens.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The identity of an article's content for duplicate detection: SHA-256 of its normalised text. Two
 * articles are the same when they differ only in Unicode form (NFKC), letter case, typographic quotes and
 * dashes, and whitespace (line breaks, repeated spaces, leading and trailing blanks).
 */
public final class DedupeKey {

  private DedupeKey() {}

  public static String of(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(normalize(text).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  static String normalize(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(nfkc.length());
    boolean space = false;
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(switch (c) {
        case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
        case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
        default -> c;
      });
    }
    return out.toString();
  }
}
