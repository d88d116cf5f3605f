package io.stancelens.jobs;

/** The --input path matched nothing: a scheduler's "input not there yet", distinct from a failure. */
public final class InputMissingException extends RuntimeException {
  public InputMissingException(String message) {
    super(message);
  }
}
