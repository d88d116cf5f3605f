package io.stancelens.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stancelens.cli.Main;
import io.stancelens.testing.SharedSpark;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit codes a scheduler acts on. */
class ExitCodesTest {

  @Test
  void badArgumentsExitWithTwo() {
    assertEquals(Main.EXIT_USAGE, Main.execute("run", "--input", "x"));
    assertEquals(Main.EXIT_USAGE, Main.execute("run", "--input", "x", "--output", "y", "--date", "18.03.2025"));
    assertEquals(Main.EXIT_USAGE, Main.execute("no-such-command"));
  }

  @Test
  void missingInputExitsWithThree(@TempDir Path dir) {
    SharedSpark.get(); // the command reuses the test JVM's session and leaves it running
    assertEquals(Main.EXIT_INPUT_MISSING,
        Main.execute("run", "--input", dir.resolve("not-there").toString(), "--output", dir.resolve("out").toString()));
  }

  @Test
  void helpAndVersionExitWithZero() {
    assertEquals(0, Main.execute("--help"));
    assertEquals(0, Main.execute("--version"));
  }
}
