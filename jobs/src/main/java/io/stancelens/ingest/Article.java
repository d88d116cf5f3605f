package io.stancelens.ingest;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One news article as read from the input: the language between ingest and the NLP stages.
 * {@code text} is kept exactly as in the input, so every character offset downstream points into it.
 *
 * @param id          article id (file name without extension, or the JSON {@code id})
 * @param title       title when the input states one, else null
 * @param source      publisher or source name when known, else null
 * @param url         canonical URL when known, else null
 * @param publishedAt publication instant when known, else null
 * @param text        the article text, exactly as read
 * @param inputRef    where it came from: a path, or {@code path:line} for JSON Lines
 */
public record Article(String id, String title, String source, String url, Instant publishedAt,
                      String text, String inputRef) implements Serializable {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(inputRef, "inputRef");
  }

  /** Article with only an id and text, as tests and the plain-text reader make them. */
  public static Article of(String id, String text) {
    return new Article(id, null, null, null, null, text, id);
  }

  /** SHA-256 of the UTF-8 text, hex: the identity of the content across runs and dates. */
  public String contentHash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
