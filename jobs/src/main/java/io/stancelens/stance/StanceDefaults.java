package io.stancelens.stance;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the run finds the stance model and targets when not told (only the driver reads them; executors get
 * the coefficients with the task): under {@code models/} of the checkout, looked for in the
 * {@code stancelens.repo} system property (the tests set it), the working directory, its parent (a run from
 * {@code jobs/}), and the checkout the running jar was built in ({@code jobs/target/*.jar}, as under
 * spark-submit). Elsewhere, pass {@code --stance-model} and {@code --target}.
 */
public final class StanceDefaults {

  public static final String MODEL_DIR = StanceTraining.DEFAULT_MODEL_DIR;
  public static final String CEASEFIRE_TARGET = "models/targets/ceasefire.properties";

  private StanceDefaults() {}

  /** The first existing of the candidate locations; the working directory's when none exists. */
  public static Path resolve(String relative) {
    for (Path root : roots()) {
      Path candidate = root.resolve(relative).normalize();
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    return Paths.get(relative);
  }

  public static Path modelDir() {
    return resolve(MODEL_DIR);
  }

  /** The model that scores the target: the one its file names ({@code model=}), else the generic model. */
  public static Path modelFor(StanceTarget target) {
    return target.model() == null ? modelDir() : resolve(target.model());
  }

  public static List<Path> targets() {
    return List.of(resolve(CEASEFIRE_TARGET));
  }

  private static List<Path> roots() {
    List<Path> roots = new ArrayList<>();
    String repo = System.getProperty("stancelens.repo");
    if (repo != null) {
      roots.add(Paths.get(repo));
    }
    Path cwd = Paths.get("").toAbsolutePath();
    roots.add(cwd);
    if (cwd.getParent() != null) {
      roots.add(cwd.getParent());
    }
    try {
      Path code = Paths.get(StanceDefaults.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // jobs/target/classes or jobs/target/stancelens-*.jar -> the checkout is three levels up.
      Path checkout = code.getParent() == null ? null : code.getParent().getParent();
      if (checkout != null && checkout.getParent() != null) {
        roots.add(checkout.getParent());
      }
    } catch (URISyntaxException | RuntimeException e) {
      // No code source (unusual class loaders): the other roots still apply.
    }
    return roots;
  }
}
