package io.stancelens.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding with a verdict on content that is not text at all. */
final class TextDecoder {

  private TextDecoder() {}

  /** Decoded text, or the reason it is not acceptable text. Exactly one of the two is non-null. */
  record Decoded(String text, String reason, String detail) {}

  static Decoded decode(byte[] bytes) {
    if (bytes.length == 0) {
      return new Decoded(null, "empty", "the file has no content");
    }
    if (looksBinary(bytes)) {
      return new Decoded(null, "binary", "content contains NUL or many control bytes: not a text file");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
      String text = chars.toString();
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1); // a byte-order mark is not part of the article
      }
      return new Decoded(text, null, null);
    } catch (CharacterCodingException e) {
      return new Decoded(null, "invalid-utf8", "content is not valid UTF-8: " + e.getMessage());
    }
  }

  /** NUL bytes, or more than 10% control bytes other than whitespace, in the first 8 KiB. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control * 10 > n;
  }
}
