package dev.saring.exec;

import dev.saring.io.Inputs;
import dev.saring.io.JsonlWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folders of a run's output.
 *
 * <pre>
 * OUT/kept/&lt;language&gt;/&lt;shard&gt;.jsonl.zst    kept documents, by metadata.language (und when unset)
 * OUT/removed/&lt;step&gt;/&lt;shard&gt;.jsonl.zst     dropped documents with removed_by and removed_reason
 * OUT/failed/&lt;shard&gt;.jsonl.zst              what could not be read or processed, with reason and place
 * OUT/stats.json                           counts per step and reason, failures, timings
 * OUT/.saring/                             run definition and per-shard completion markers
 * </pre>
 */
public final class OutputLayout {
  /** What a run writes at the top of its folder, and all that {@code --overwrite} removes. */
  public static final List<String> OWNED = List.of("kept", "removed", "failed", ".saring", "stats.json");
  private final Path root;

  public OutputLayout(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  public Path kept(String language) {
    return root.resolve("kept").resolve(Inputs.sanitize(language));
  }

  public Path removed(String step) {
    return root.resolve("removed").resolve(Inputs.sanitize(step));
  }

  public Path failed() {
    return root.resolve("failed");
  }

  public Path stats() {
    return root.resolve("stats.json");
  }

  /** The run definition a resumed run must match. */
  public Path runFile() {
    return root.resolve(".saring").resolve("run.json");
  }

  /** The completion marker of a shard; it holds the shard's stats. */
  public Path marker(String shardId) {
    return markers().resolve(shardId + ".json");
  }

  /** The folder of the shards' completion markers. */
  public Path markers() {
    return root.resolve(".saring").resolve("done");
  }

  /** Folder for a stage's own intermediate files. */
  public Path work(String name) {
    return root.resolve(".saring").resolve("work").resolve(name);
  }

  /**
   * Makes the folder ready: with {@code overwrite}, removes what earlier runs wrote (and only that);
   * always removes temporary files a killed run left behind.
   */
  public void prepare(boolean overwrite) {
    try {
      Files.createDirectories(root);
      if (overwrite) {
        for (String name : OWNED) {
          deleteTree(root.resolve(name));
        }
      }
      for (String name : List.of("kept", "removed", "failed", ".saring")) {
        deleteTemporaryFiles(root.resolve(name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare output folder " + root, e);
    }
  }

  private static void deleteTemporaryFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(p -> p.getFileName().toString().endsWith(JsonlWriter.TMP_SUFFIX)).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
