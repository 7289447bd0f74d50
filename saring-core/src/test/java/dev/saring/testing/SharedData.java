package dev.saring.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real data in {@code ../shared} beside the repository. Tests that use it skip, with a message saying
 * so, where it is absent (a user's fresh clone); they are never the only test of a feature.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared folder, or a path that does not exist. */
  public static Path root() {
    String prop = System.getProperty("saring.shared");
    if (prop != null && Files.isDirectory(Path.of(prop))) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("shared").resolve("data")) && Files.exists(p.resolve("shared/DESIGN.md"))) {
        return p.resolve("shared");
      }
      if (Files.isDirectory(p.resolve("../shared/data"))) {
        return p.resolve("../shared").normalize();
      }
    }
    return Path.of("../shared-not-found");
  }

  /** {@code ../shared/<relative>}, skipping the calling test when it is not there. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    Assumptions.assumeTrue(Files.exists(p),
        "skipped: needs ../shared/" + relative + " (the shared data folder beside the repository)");
    return p;
  }
}
