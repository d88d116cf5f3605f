package io.stancelens.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancelens.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line in this JVM (its shared SparkSession and pipelines) and keeps what it printed. */
public final class Cli {

  private Cli() {}

  /** The exit code and standard output of one command. */
  public record Result(int exit, String out) {

    /** The JSON object the evaluate and bench commands print as their last line. */
    public JsonNode lastJson() {
      List<String> lines = out.strip().lines().toList();
      try {
        return new ObjectMapper().readTree(lines.get(lines.size() - 1));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public static Result run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int exit;
    try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      exit = Main.execute(args);
    } finally {
      System.setOut(original);
    }
    String printed = captured.toString(StandardCharsets.UTF_8);
    System.out.print(printed);
    return new Result(exit, printed);
  }
}
