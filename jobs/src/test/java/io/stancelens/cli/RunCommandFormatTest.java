package io.stancelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code --format} and {@code --doc-timeout} are checked before Spark starts: a bad value is a usage error. */
class RunCommandFormatTest {

  @Test
  void unknownFormatIsAUsageError() {
    assertEquals(Main.EXIT_USAGE, Main.execute("run", "--input", "data/sample", "--output", "/tmp/unused",
        "--format", "pdf"));
  }

  @Test
  void nonPositiveDocumentTimeoutIsAUsageError() {
    assertEquals(Main.EXIT_USAGE, Main.execute("run", "--input", "data/sample", "--output", "/tmp/unused",
        "--doc-timeout", "0"));
  }
}
