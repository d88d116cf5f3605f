package io.stancelens.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stancelens.jobs.RunJob;
import io.stancelens.tables.Tables;
import io.stancelens.testing.NightlyInputs;
import io.stancelens.testing.SharedSpark;
import io.stancelens.testing.TableContents;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The submit jar on a stock Spark distribution (pyspark 4.2.0 from PyPI): spark-submit with local[2]; a
 * standalone cluster on 127.0.0.1 (one master, two workers started with spark-class, executors in their own
 * JVMs); and the same with one executor JVM killed by pid while the annotate stage runs. Each run's tables
 * must equal, row for row, those of an embedded run on the same input. Every process started here is
 * stopped by pid at the end, whatever happened. Skip with -Dstancelens.cluster.skip=true.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkSubmitIT {

  private static final LocalDate DATE = LocalDate.parse("2016-10-03");
  /** Heap of a JVM that runs the CoreNLP pipeline (the local driver, each executor). */
  private static final String NLP_MEMORY = "2500m";

  private static Path sparkHome;
  private static Path jar;
  private static Path root;
  private static Path input;
  private static Map<String, List<String>> embedded;
  private static Processes processes;
  private static String masterUrl;
  private static final List<Path> workerDirs = new ArrayList<>();

  @BeforeAll
  static void setUp() throws Exception {
    jar = Paths.get(System.getProperty("stancelens.submitJar", "target/missing-submit.jar"));
    assertTrue(Files.isRegularFile(jar), "the submit jar is built in the package phase: " + jar);
    sparkHome = SparkDistribution.install();
    root = SharedSpark.testOutput().resolve("cluster");
    deleteTree(root);
    // Eight short PolNeAR articles and the sample article: enough work that the annotate stage runs for a
    // while on each executor.
    input = root.resolve("input");
    NightlyInputs.writeJsonl(input.resolve("polnear.jsonl"), NightlyInputs.shortArticles());
    Files.copy(SharedSpark.repo().resolve("data/sample/putin-trump-call.txt"),
        input.resolve("putin-trump-call.txt"));
    processes = new Processes(root.resolve("logs"), Map.of("SPARK_LOCAL_IP", "127.0.0.1",
        "SPARK_DAEMON_MEMORY", "512m", "SPARK_NO_DAEMONIZE", "1"));

    Path out = root.resolve("embedded");
    RunJob.on(SharedSpark.get()).input(input.toString()).output(out.toString()).date(DATE).execute();
    embedded = TableContents.of(SharedSpark.get(), out, Tables.OUTPUT, DATE);
    assertEquals(9, embedded.get("articles").size());
  }

  @AfterAll
  static void tearDown() {
    if (processes != null) {
      processes.close();
    }
  }

  @Test
  @Order(1)
  void localMaster() throws Exception {
    Path out = root.resolve("local");
    assertEquals(0, submit("local", "local[2]", out, List.of("--driver-memory", NLP_MEMORY)));
    assertEquals("", TableContents.diff(embedded, TableContents.of(SharedSpark.get(), out, Tables.OUTPUT, DATE)),
        "tables differ from the embedded run");
  }

  @Test
  @Order(2)
  void exitCodesThroughSparkSubmit() throws Exception {
    Path out = root.resolve("exit-codes");
    assertEquals(2, submitArgs("bad-args", "local[1]", List.of(), List.of("run", "--input", input.toString())));
    assertEquals(3, submitArgs("input-missing", "local[1]", List.of(), List.of("run", "--input",
        root.resolve("no-such-input").toString(), "--output", out.toString(), "--date", DATE.toString())));
    // The cron example passes the job's exit code on and says what it means.
    Path cron = SharedSpark.repo().resolve("jobs/src/main/examples/cron/stancelens-nightly.sh");
    Process p = processes.start("cron-example", List.of("bash", cron.toString(), DATE.toString()), Map.of(
        "SPARK_HOME", sparkHome.toString(), "STANCELENS_JAR", jar.toString(),
        "STANCELENS_INPUT", root.resolve("no-such-input").toString() + "/{date}",
        "STANCELENS_OUTPUT", out.toString(), "SPARK_MASTER", "local[1]", "DRIVER_MEMORY", "1g",
        "STANCELENS_EXTRA", "--conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1"));
    assertEquals(3, processes.waitFor("cron-example", p, 300));
    assertTrue(Files.readString(processes.log("cron-example")).contains(
        DATE + " input not there yet (" + root.resolve("no-such-input") + "/" + DATE + ")"));
  }

  @Test
  @Order(3)
  void standaloneCluster() throws Exception {
    startCluster();
    Path out = root.resolve("standalone");
    assertEquals(0, submit("standalone", masterUrl, out, clusterOptions()));
    assertEquals("", TableContents.diff(embedded, TableContents.of(SharedSpark.get(), out, Tables.OUTPUT, DATE)),
        "tables differ from the embedded run");
    List<Path> executorLogs = executorLogs(appDirs().get(0));
    assertEquals(2, executorLogs.size(), "one executor on each worker: " + executorLogs);
    for (Path log : executorLogs) {
      assertTrue(Files.readString(log).contains("CoreNLP pipeline loaded"),
          "each executor JVM annotated with its own pipeline: " + log);
    }
  }

  @Test
  @Order(4)
  void executorKilledWhileAnnotating() throws Exception {
    if (masterUrl == null) {
      startCluster();
    }
    Path out = root.resolve("killed");
    int appsBefore = appDirs().size();
    Process driver = start("killed", masterUrl, out, clusterOptions());
    // Wait for an executor of this application to start annotating, then kill that executor's JVM by pid.
    ProcessHandle victim = null;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (victim == null && driver.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(200);
      List<Path> apps = appDirs();
      if (apps.size() > appsBefore) {
        Path app = apps.get(apps.size() - 1);
        for (Path log : executorLogs(app)) {
          if (Files.readString(log).contains("Loading CoreNLP pipeline")) {
            victim = executorProcess(app.getFileName().toString(), log.getParent().getFileName().toString())
                .orElse(null);
            break;
          }
        }
      }
    }
    assertTrue(victim != null, "an executor started annotating:\n" + processes.tail("killed", 40));
    long pid = victim.pid();
    victim.destroyForcibly();
    assertTrue(victim.onExit().get(30, TimeUnit.SECONDS) != null);
    int exit = processes.waitFor("killed", driver, 600);
    assertEquals(0, exit, "the job survives a lost executor:\n" + processes.tail("killed", 60));
    assertEquals("", TableContents.diff(embedded, TableContents.of(SharedSpark.get(), out, Tables.OUTPUT, DATE)),
        "tables differ from the embedded run");
    String driverLog = Files.readString(processes.log("killed"));
    assertTrue(driverLog.contains("Lost executor") || driverLog.contains("Executor lost"),
        "the driver saw executor (pid " + pid + ") go");
    List<Path> apps = appDirs();
    assertTrue(executorLogs(apps.get(apps.size() - 1)).size() >= 3,
        "a replacement executor was started after the kill");
  }

  private static List<String> clusterOptions() {
    return List.of("--driver-memory", "1g", "--executor-memory", NLP_MEMORY, "--executor-cores", "1",
        "--total-executor-cores", "2");
  }

  /** One master and two workers (1 core each), all bound to 127.0.0.1, started with spark-class. */
  private static void startCluster() throws Exception {
    int port = freePort();
    masterUrl = "spark://127.0.0.1:" + port;
    String sparkClass = sparkHome.resolve("bin/spark-class").toString();
    processes.start("master", List.of(sparkClass, "org.apache.spark.deploy.master.Master",
        "--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", Integer.toString(freePort())));
    awaitLog("master", "I have been elected leader", 120);
    for (int i = 1; i <= 2; i++) {
      Path dir = Files.createDirectories(root.resolve("worker-" + i));
      workerDirs.add(dir);
      processes.start("worker-" + i, List.of(sparkClass, "org.apache.spark.deploy.worker.Worker",
          "--host", "127.0.0.1", "--cores", "1", "--memory", "3g", "--work-dir", dir.toString(),
          "--webui-port", Integer.toString(freePort()), masterUrl));
    }
    for (int i = 1; i <= 2; i++) {
      awaitLog("worker-" + i, "Successfully registered with master", 120);
    }
  }

  private static int submit(String name, String master, Path out, List<String> options) throws Exception {
    Process p = start(name, master, out, options);
    int exit = processes.waitFor(name, p, 600);
    if (exit != 0) {
      System.err.println(processes.tail(name, 80));
    }
    return exit;
  }

  private static Process start(String name, String master, Path out, List<String> options) throws IOException {
    return processes.start(name, command(master, options, List.of("run", "--input", input.toString(),
        "--output", out.toString(), "--date", DATE.toString())));
  }

  private static int submitArgs(String name, String master, List<String> options, List<String> args)
      throws Exception {
    return processes.waitFor(name, processes.start(name, command(master, options, args)), 300);
  }

  private static List<String> command(String master, List<String> options, List<String> args) {
    List<String> cmd = new ArrayList<>(List.of(sparkHome.resolve("bin/spark-submit").toString(),
        "--master", master, "--deploy-mode", "client", "--class", "io.stancelens.cli.Main",
        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
        "--conf", "spark.ui.enabled=false"));
    cmd.addAll(options);
    cmd.add(jar.toString());
    cmd.addAll(args);
    return cmd;
  }

  /** Application folders under the workers' work dirs, oldest first. */
  private static List<Path> appDirs() throws IOException {
    List<Path> apps = new ArrayList<>();
    for (Path dir : workerDirs) {
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(p -> p.getFileName().toString().startsWith("app-")).forEach(apps::add);
      }
    }
    return apps.stream().map(p -> p.getFileName().toString()).distinct().sorted()
        .map(name -> workerDirs.get(0).resolve(name)).toList();
  }

  /** The stderr logs of the application's executors, on every worker. */
  private static List<Path> executorLogs(Path app) throws IOException {
    String name = app.getFileName().toString();
    List<Path> logs = new ArrayList<>();
    for (Path dir : workerDirs) {
      Path appDir = dir.resolve(name);
      if (Files.isDirectory(appDir)) {
        try (Stream<Path> list = Files.list(appDir)) {
          list.map(p -> p.resolve("stderr")).filter(Files::isRegularFile).forEach(logs::add);
        }
      }
    }
    logs.sort(Comparator.naturalOrder());
    return logs;
  }

  /** The executor JVM of the application, among the descendants of the workers started here. */
  private static Optional<ProcessHandle> executorProcess(String appId, String executorId) {
    return processes.descendants().stream()
        .filter(p -> {
          String cmd = Processes.commandLine(p);
          return cmd.contains("CoarseGrainedExecutorBackend") && cmd.contains(appId)
              && cmd.contains("--executor-id " + executorId + " ");
        })
        .findFirst();
  }

  private static void awaitLog(String name, String text, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      Path log = processes.log(name);
      if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError(name + " did not log '" + text + "' in " + seconds + " s:\n" + processes.tail(name, 40));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Processes.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
