package io.stancelens.cli;

import io.stancelens.jobs.BuildInfo;
import io.stancelens.jobs.InputMissingException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code stancelens} command. Subcommands only parse options and call the jobs; the same class is the
 * main class under {@code spark-submit}.
 */
@Command(name = "stancelens", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Sentiment, quotes and stance in news, as Spark batch jobs over Stanford CoreNLP.",
    subcommands = {RunCommand.class, EvaluateCommand.class, TrainCommand.class, BenchCommand.class, TablesCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the job failed (see the log; earlier output is left intact)",
        "2:bad arguments",
        "3:input not found"})
public final class Main {

  public static final int EXIT_FAILURE = 1;
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_INPUT_MISSING = 3;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (tests call this). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof InputMissingException) {
        commandLine.getErr().println("stancelens: " + e.getMessage());
        return EXIT_INPUT_MISSING;
      }
      if (e instanceof IllegalArgumentException) {
        commandLine.getErr().println("stancelens: " + e.getMessage());
        return EXIT_USAGE;
      }
      commandLine.getErr().println("stancelens: failed: " + e);
      e.printStackTrace(commandLine.getErr());
      return EXIT_FAILURE;
    });
    return cli.execute(args);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"stancelens " + BuildInfo.version() + " (CoreNLP " + BuildInfo.coreNlpVersion() + ")"};
    }
  }
}
