package dev.saring.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The shared data folder beside the repository, when present. */
final class Shared {
  private Shared() {}

  static Optional<Path> path(String relative) {
    String prop = System.getProperty("saring.shared");
    Path root = prop != null ? Path.of(prop) : Path.of("..", "shared");
    for (Path candidate : new Path[] {root, Path.of("..", "..", "shared")}) {
      Path p = candidate.resolve(relative);
      if (Files.exists(p)) {
        return Optional.of(p.toAbsolutePath().normalize());
      }
    }
    return Optional.empty();
  }
}
