package dev.saring.exec;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** saring's version, from the build. */
public final class Version {
  private Version() {}

  /** The version string, e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown} outside a Maven build. */
  public static String current() {
    try (InputStream in = Version.class.getResourceAsStream("/dev/saring/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
