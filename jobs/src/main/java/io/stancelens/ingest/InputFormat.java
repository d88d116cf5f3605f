package io.stancelens.ingest;

import java.util.Locale;

/** The input formats the readers know, recognised from the file name or given with {@code --format}. */
public enum InputFormat {
  /** One article per file; the id is the file name without its extension. */
  TEXT("txt"),
  /** One JSON object per line: {@code id}, {@code text}, optional {@code title, source, url, published_at}. */
  JSON_LINES("jsonl"),
  /** Parquet with columns {@code id} and {@code text} (optional title, source, url, published_at); read by Spark. */
  PARQUET("parquet"),
  /** One web page per file; the article is extracted with jsoup and boilerplate rules. */
  HTML("html"),
  /** WARC or WARC.gz (CC-NEWS): every HTML response record is a page, every other record a reject. */
  WARC("warc"),
  /** Anything else: every such file becomes a reject, never silently skipped. */
  UNKNOWN("unknown");

  private final String option;

  InputFormat(String option) {
    this.option = option;
  }

  /** The name used by {@code --format}. */
  public String option() {
    return option;
  }

  public static InputFormat fromFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt") || lower.endsWith(".text")) {
      return TEXT;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
      return JSON_LINES;
    }
    if (lower.endsWith(".parquet") || lower.endsWith(".parq")) {
      return PARQUET;
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return HTML;
    }
    if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      return WARC;
    }
    return UNKNOWN;
  }

  /**
   * The format of a file: the one given with {@code --format}, or recognised from its name.
   *
   * @param given null or {@code auto} to recognise from the name
   */
  public static InputFormat of(String fileName, InputFormat given) {
    return given == null ? fromFileName(fileName) : given;
  }

  /**
   * Parses a {@code --format} value: {@code auto} (null), txt, jsonl, parquet, html, warc.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static InputFormat parseOption(String value) {
    String v = value == null ? "auto" : value.trim().toLowerCase(Locale.ROOT);
    if (v.equals("auto")) {
      return null;
    }
    for (InputFormat format : values()) {
      if (format != UNKNOWN && format.option.equals(v)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown --format '" + value + "' (expected auto, txt, jsonl, parquet, html or warc)");
  }
}
