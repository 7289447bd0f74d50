package dev.saring.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The documents a run wrote (kept, removed, failed), for comparing two runs byte for byte. */
public final class OutputFiles {
  private OutputFiles() {}

  /** Every output file under {@code out}, by path relative to it, with its bytes. */
  public static Map<String, byte[]> read(Path out) {
    Map<String, byte[]> files = new TreeMap<>();
    for (String part : List.of("kept", "removed", "failed")) {
      Path root = out.resolve(part);
      if (!Files.exists(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          files.put(out.relativize(p).toString(), Files.readAllBytes(p));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** Asserts that two runs wrote the same files with the same bytes. */
  public static void assertIdentical(Path expected, Path actual) {
    Map<String, byte[]> a = read(expected);
    Map<String, byte[]> b = read(actual);
    assertThat(b.keySet()).isEqualTo(a.keySet());
    a.forEach((name, bytes) -> assertThat(b.get(name)).as(name + " identical").isEqualTo(bytes));
  }
}
