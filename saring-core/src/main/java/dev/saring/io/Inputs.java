package dev.saring.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Resolves input specifications (files, folders, globs) into shards.
 *
 * <p>Folders are walked recursively in sorted order, skipping hidden entries; files whose format saring does
 * not know are ignored inside folders and refused when named directly. Each WARC, WET or JSONL file is a
 * shard; loose text and HTML files are batched per folder so a folder of 100,000 pages does not become
 * 100,000 output files. The result is sorted and has unique, stable shard ids, so a rerun over the same
 * inputs finds its completion markers.
 */
public final class Inputs {
  /** The extensions named in errors, so a user sees what saring looks for. */
  public static final String KNOWN_FORMATS =
      ".warc(.gz|.zst), .wet(.gz), .jsonl/.json/.ndjson(.gz|.zst), .parquet, .txt(.gz), .html/.htm(.gz)";

  private Inputs() {}

  /** Shards for {@code specs}, with loose files in batches of at most {@code filesPerBatch}. */
  public static List<InputShard> resolve(List<String> specs, int filesPerBatch) {
    if (specs.isEmpty()) {
      throw new InputException("no input given; pass -i FILE|FOLDER|GLOB (" + KNOWN_FORMATS + ")");
    }
    if (filesPerBatch < 1) {
      throw new IllegalArgumentException("files per batch must be >= 1: " + filesPerBatch);
    }
    Set<Path> files = new LinkedHashSet<>();
    Map<Path, Path> rootOf = new HashMap<>();
    for (String spec : specs) {
      for (Path[] fileAndRoot : expand(spec)) {
        Path file = fileAndRoot[0].toAbsolutePath().normalize();
        if (files.add(file)) {
          rootOf.put(file, fileAndRoot[1].toAbsolutePath().normalize());
        }
      }
    }
    return toShards(files.stream().sorted().toList(), rootOf, filesPerBatch);
  }

  private static List<Path[]> expand(String spec) {
    if (isGlob(spec)) {
      return glob(spec);
    }
    Path path = Path.of(spec);
    if (!Files.exists(path)) {
      throw new InputException("input does not exist: " + spec);
    }
    if (Files.isDirectory(path)) {
      List<Path[]> found = walk(path, p -> true);
      if (found.isEmpty()) {
        throw new InputException("no readable input in folder " + spec + " (looked for " + KNOWN_FORMATS + ")");
      }
      return found;
    }
    if (InputFormat.ofFileName(path.getFileName().toString()).isEmpty()) {
      throw new InputException("unknown input format: " + spec + " (expected " + KNOWN_FORMATS + ")");
    }
    Path parent = path.toAbsolutePath().getParent();
    return List.<Path[]>of(new Path[] {path, parent});
  }

  private static boolean isGlob(String spec) {
    return spec.indexOf('*') >= 0 || spec.indexOf('?') >= 0 || spec.indexOf('[') >= 0 || spec.indexOf('{') >= 0;
  }

  private static List<Path[]> glob(String spec) {
    Path pattern = Path.of(spec).toAbsolutePath().normalize();
    Path base = pattern.getRoot();
    for (Path part : pattern) {
      if (isGlob(part.toString())) {
        break;
      }
      base = base.resolve(part);
    }
    if (!Files.isDirectory(base)) {
      throw new InputException("no file matches " + spec + " (folder " + base + " does not exist)");
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    List<Path[]> found = walk(base, p -> matcher.matches(p.toAbsolutePath().normalize()));
    if (found.isEmpty()) {
      throw new InputException("no readable input matches " + spec + " (looked for " + KNOWN_FORMATS + ")");
    }
    return found;
  }

  private static List<Path[]> walk(Path folder, java.util.function.Predicate<Path> accept) {
    try (Stream<Path> stream = Files.walk(folder)) {
      return stream
          .filter(p -> !isHidden(folder, p))
          .filter(Files::isRegularFile)
          .filter(p -> InputFormat.ofFileName(p.getFileName().toString()).isPresent())
          .filter(accept)
          .sorted()
          .map(p -> new Path[] {p, folder})
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static List<InputShard> toShards(List<Path> files, Map<Path, Path> rootOf, int filesPerBatch) {
    List<InputShard> shards = new ArrayList<>();
    Map<String, List<Path>> batches = new LinkedHashMap<>();
    for (Path file : files) {
      InputFormat format = InputFormat.ofFileName(file.getFileName().toString()).orElseThrow();
      if (format.isOneDocumentPerFile()) {
        batches.computeIfAbsent(format + "\u0000" + file.getParent(), k -> new ArrayList<>()).add(file);
      } else {
        shards.add(new InputShard(baseName(file), format, List.of(file), rootOf.get(file), size(file)));
      }
    }
    for (List<Path> group : batches.values()) {
      InputFormat format = InputFormat.ofFileName(group.get(0).getFileName().toString()).orElseThrow();
      for (int from = 0; from < group.size(); from += filesPerBatch) {
        List<Path> batch = group.subList(from, Math.min(group.size(), from + filesPerBatch));
        String name = sanitize(String.valueOf(group.get(0).getParent().getFileName())) + "-"
            + format.name().toLowerCase(java.util.Locale.ROOT) + "-" + (from / filesPerBatch);
        long bytes = batch.stream().mapToLong(Inputs::size).sum();
        shards.add(new InputShard(name, format, batch, rootOf.get(batch.get(0)), bytes));
      }
    }
    return uniqueIds(shards);
  }

  private static List<InputShard> uniqueIds(List<InputShard> shards) {
    Map<String, Integer> seen = new HashMap<>();
    List<InputShard> out = new ArrayList<>();
    for (InputShard s : shards) {
      int n = seen.merge(s.id(), 1, Integer::sum);
      String id = n == 1 ? s.id() : s.id() + "-" + n;
      out.add(new InputShard(id, s.format(), s.files(), s.root(), s.bytes()));
    }
    return out;
  }

  /** {@code CC-MAIN-x.warc.gz} gives {@code CC-MAIN-x}. */
  static String baseName(Path file) {
    return baseName(file.getFileName().toString());
  }

  /** The shard id of a container file's name: without compression and format extensions, made safe. */
  public static String baseName(String fileName) {
    String name = Compression.stripExtension(fileName);
    for (String ext : new String[] {".warc.wet", ".wet", ".warc", ".arc", ".jsonl", ".ndjson", ".json", ".parquet"}) {
      if (name.toLowerCase(java.util.Locale.ROOT).endsWith(ext)) {
        name = name.substring(0, name.length() - ext.length());
        break;
      }
    }
    return sanitize(name);
  }

  /** Keeps a name safe as a file name: letters, digits, dot, dash and underscore. */
  public static String sanitize(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || (c == '.' && i > 0);
      sb.append(safe ? c : '_');
    }
    String s = sb.toString().replace("..", "__");
    return s.isEmpty() ? "_" : s.length() > 120 ? s.substring(0, 120) : s;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
