package io.stancelens.cli;

import io.stancelens.jobs.SparkSessions;
import io.stancelens.sentiment.NewsSentimentModel;
import io.stancelens.sentiment.NewsSentimentTraining;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stancelens train --task T}: reproduces a model under {@code models/} from its training data with
 * Spark MLlib, and writes its model card. Each task lives in its stage's package; this class only dispatches.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a model with Spark MLlib and save it, with its model card, under models/.")
final class TrainCommand implements Callable<Integer> {

  @Option(names = "--task", required = true, paramLabel = "TASK", description = "Which model to train.")
  String task;

  @Option(names = "--data", paramLabel = "PATH", description = "Training data (default: the task's corpus).")
  Path data;

  @Option(names = "--model-dir", paramLabel = "DIR", description = "Where to save the model (default: under models/; stance: the generic model, the target"
          + " model goes where the target file's model= says).")
  Path modelDir;

  @Option(names = "--dev", paramLabel = "PATH",
      description = "Data the model is tuned on (sentiment; default: the corpus's dev split).")
  Path devData;

  @Option(names = "--target", paramLabel = "FILE", description = "Stance target the features are relative to (stance task).")
  Path target;

  @Option(names = "--only", paramLabel = "MODEL",
      description = "stance: train only the generic model or only the target's own model (default: both).")
  String only;

  @Option(names = "--master", paramLabel = "MASTER", defaultValue = "local[*]",
      description = "Spark master when not under spark-submit (default: ${DEFAULT-VALUE}).")
  String master;

  @Override
  public Integer call() throws Exception {
    switch (task) {
      case "sentiment": {
        Path corpus = Path.of("..", "shared", "corpus", "nyt-editorials");
        Path train = data != null ? data : corpus.resolve("nyt-editorials.train.tsv");
        Path dev = devData != null ? devData : corpus.resolve("nyt-editorials.dev.tsv");
        Path out = modelDir != null ? modelDir : Path.of(NewsSentimentModel.DEFAULT_RELATIVE_DIR);
        return SparkSessions.use("stancelens train sentiment", master,
            spark -> NewsSentimentTraining.run(spark, train, dev,
                corpus.getParent().resolve("newsmtsc").resolve("newsmtsc.train.jsonl"), out, System.out));
      }
      // One case per task, each calling its stage's trainer:  case "x": return XTraining.run(...);
      case "stance":
        return StanceTrainCli.run(data, target, modelDir, master, only);
      default:
        throw new IllegalArgumentException("unknown --task '" + task + "'");
    }
  }
}
