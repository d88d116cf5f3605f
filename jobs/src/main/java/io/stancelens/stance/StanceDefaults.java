package io.stancelens.stance;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Where the run finds the stance model and targets when not told: under {@code models/} of the checkout
 * (the working directory, or the {@code stancelens.repo} system property when set, as in the tests).
 */
public final class StanceDefaults {

  public static final String MODEL_DIR = StanceTraining.DEFAULT_MODEL_DIR;
  public static final String CEASEFIRE_TARGET = "models/targets/ceasefire.properties";

  private StanceDefaults() {}

  public static Path resolve(String relative) {
    String repo = System.getProperty("stancelens.repo");
    return repo != null ? Paths.get(repo).resolve(relative).normalize() : Paths.get(relative);
  }

  public static Path modelDir() {
    return resolve(MODEL_DIR);
  }

  public static List<Path> targets() {
    return List.of(resolve(CEASEFIRE_TARGET));
  }
}
