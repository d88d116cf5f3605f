package io.stancelens.jobs;

/**
 * Deliberate failures for tests and recovery drills, set with {@code -Dstancelens.failpoint=NAME} on the
 * driver (spark-submit: {@code --driver-java-options -Dstancelens.failpoint=NAME}). Never set in production.
 * <ul>
 *   <li>{@code after-staging}: every table of the run is staged, nothing is committed yet;</li>
 *   <li>{@code mid-commit}: the first table's partition has been swapped in, the others not yet (the
 *       committer must roll it back).</li>
 * </ul>
 */
final class Failpoint {

  static final String PROPERTY = "stancelens.failpoint";
  static final String AFTER_STAGING = "after-staging";
  static final String MID_COMMIT = "mid-commit";

  private Failpoint() {}

  static void check(String name) {
    if (name.equals(System.getProperty(PROPERTY))) {
      throw new IllegalStateException("failpoint " + name + " (-D" + PROPERTY + "=" + name + ")");
    }
  }
}
