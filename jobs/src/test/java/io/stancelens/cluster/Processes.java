package io.stancelens.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The processes a test starts, each with its output in a log file, and stopped by pid, descendants first
 * (a Spark worker's executors are its children), whatever happened. Only processes started here are ever
 * signalled.
 */
final class Processes implements AutoCloseable {

  private final Path logDir;
  private final Map<String, String> env;
  private final List<Process> started = new ArrayList<>();

  Processes(Path logDir, Map<String, String> env) throws IOException {
    this.logDir = Files.createDirectories(logDir);
    this.env = env;
    // Also when the test JVM is stopped from outside (a timeout, Ctrl-C): no Spark daemon outlives it.
    Runtime.getRuntime().addShutdownHook(new Thread(this::close, "stop-started-processes"));
  }

  /** Starts the command with its stdout and stderr in {@code LOGDIR/name.log}. */
  Process start(String name, List<String> command) throws IOException {
    return start(name, command, Map.of());
  }

  /** As {@link #start(String, List)}, with more environment variables for this process. */
  Process start(String name, List<String> command, Map<String, String> moreEnv) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log(name).toFile());
    builder.environment().putAll(env);
    builder.environment().putAll(moreEnv);
    Process process = builder.start();
    synchronized (started) {
      started.add(process);
    }
    return process;
  }

  Path log(String name) {
    return logDir.resolve(name + ".log");
  }

  String tail(String name, int lines) {
    try {
      List<String> all = Files.readAllLines(log(name), StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** Waits for the process and returns its exit code; stops it and fails after the timeout. */
  int waitFor(String name, Process process, long timeoutSeconds) throws InterruptedException {
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      stop(process.toHandle());
      throw new AssertionError(name + " did not finish in " + timeoutSeconds + " s:\n" + tail(name, 60));
    }
    return process.exitValue();
  }

  /** Descendants of the processes started here (e.g. executor JVMs under a worker). */
  List<ProcessHandle> descendants() {
    List<ProcessHandle> all = new ArrayList<>();
    synchronized (started) {
      for (Process p : started) {
        p.descendants().forEach(all::add);
      }
    }
    return all;
  }

  static String commandLine(ProcessHandle handle) {
    return handle.info().commandLine().orElse("");
  }

  /** SIGTERM, then SIGKILL after 10 s, to the process and its descendants, each by pid. */
  static void stop(ProcessHandle process) {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process);
    tree.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    for (ProcessHandle p : tree) {
      try {
        p.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (Exception e) {
        p.destroyForcibly();
      }
    }
  }

  @Override
  public void close() {
    List<Process> all;
    synchronized (started) {
      all = new ArrayList<>(started);
    }
    // Newest first: drivers before workers, workers before the master.
    for (int i = all.size() - 1; i >= 0; i--) {
      stop(all.get(i).toHandle());
    }
  }

  static Stream<Path> walk(Path dir) throws IOException {
    return Files.exists(dir) ? Files.walk(dir) : Stream.empty();
  }
}
