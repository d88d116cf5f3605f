package io.stancelens.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions of this code and of the libraries it was built with, for the runs table and --version. */
public final class BuildInfo {

  private static final Properties PROPS = load();

  private BuildInfo() {}

  public static String version() {
    return PROPS.getProperty("version", "unknown");
  }

  public static String coreNlpVersion() {
    return PROPS.getProperty("corenlp.version", "unknown");
  }

  private static Properties load() {
    Properties props = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("/stancelens/build.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props;
  }
}
