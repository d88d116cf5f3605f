package io.stancelens.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;

/**
 * Records, per Spark stage, its wall time, the JIT compiler's time during it and its tasks' summed run time, so a bench run can say how busy
 * the cores were in the stage that did the most work (the annotate stage): summed task time / (stage wall
 * time x cores). Below 1 means cores waited: a straggler task at the end, or scheduling gaps.
 */
final class BusiestStage extends SparkListener {

  private final Map<Integer, Long> taskMillis = new ConcurrentHashMap<>();
  private final Map<Integer, Integer> taskCount = new ConcurrentHashMap<>();
  private final Map<Integer, Long> wallMillis = new ConcurrentHashMap<>();
  private final Map<Integer, String> names = new ConcurrentHashMap<>();
  private final Map<Integer, Long> jitAtSubmit = new ConcurrentHashMap<>();
  private final Map<Integer, Long> jitMillis = new ConcurrentHashMap<>();

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
    jitAtSubmit.put(submitted.stageInfo().stageId(), jitMillis());
  }

  private static long jitMillis() {
    return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    taskMillis.merge(end.stageId(), end.taskInfo().duration(), Long::sum);
    taskCount.merge(end.stageId(), 1, Integer::sum);
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted completed) {
    StageInfo info = completed.stageInfo();
    if (info.submissionTime().isDefined() && info.completionTime().isDefined()) {
      names.put(info.stageId(), info.name());
      Long jit = jitAtSubmit.get(info.stageId());
      if (jit != null) {
        jitMillis.put(info.stageId(), jitMillis() - jit);
      }
      wallMillis.put(info.stageId(),
          (Long) info.completionTime().get() - (Long) info.submissionTime().get());
    }
  }

  /** The stage with the most task time: its wall seconds, task seconds, task count and core utilisation. */
  Map<String, Object> summary(int cores) {
    int stage = taskMillis.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(-1);
    long tasks = taskMillis.getOrDefault(stage, 0L);
    long wall = wallMillis.getOrDefault(stage, 0L);
    List<String> slow = new ArrayList<>();
    new TreeMap<>(wallMillis).forEach((id, ms) -> {
      if (ms >= 200) {
        slow.add(String.format("%d %s: %.2f s, %d tasks", id, names.get(id), ms / 1000.0, taskCount.getOrDefault(id, 0)));
      }
    });
    return Map.of(
        "stages_over_200ms", slow,
        "stage_wall_seconds", wall / 1000.0,
        "stage_jit_seconds", jitMillis.getOrDefault(stage, 0L) / 1000.0,
        "stage_task_seconds", tasks / 1000.0,
        "stage_tasks", taskCount.getOrDefault(stage, 0),
        "core_utilisation", wall > 0 ? tasks / (double) (wall * cores) : 0.0);
  }
}
