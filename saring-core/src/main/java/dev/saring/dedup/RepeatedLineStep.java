package dev.saring.dedup;

import com.google.common.hash.Hashing;
import dev.saring.document.Document;
import dev.saring.step.CorpusStep;
import dev.saring.step.StepContext;
import dev.saring.step.Verdict;
import dev.saring.text.Lines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Removes lines seen in many documents of a group (a site, or the whole corpus). The census hashes each
 * distinct normalized line of each document with its group into sorted runs on disk (at most
 * {@code runKeys} keys in memory); the conclusion merges the runs and keeps the keys seen in at least
 * {@code minCount} documents, the only thing held in memory afterwards.
 */
public abstract class RepeatedLineStep implements CorpusStep {
  private static final String RESULT = "repeated-lines.keys";

  private final int minCount;
  private final int runKeys;
  private final StepContext context;
  private long[] repeated;

  protected RepeatedLineStep(int minCount, int runKeys, StepContext context) {
    if (minCount < 2) {
      throw new IllegalArgumentException("the repeat count must be >= 2: " + minCount);
    }
    if (runKeys < 1000) {
      throw new IllegalArgumentException("run_keys must be >= 1000: " + runKeys);
    }
    this.minCount = minCount;
    this.runKeys = runKeys;
    this.context = context;
  }

  /** The group a document's lines are counted in; 0 leaves the document out. */
  protected abstract long groupHash(Document doc);

  /** The form of a line that is counted; empty for lines that never count. */
  protected abstract String normalizeLine(String line);

  /** What becomes of a document once its repeated lines are known ({@code drop[i]} for line i). */
  protected abstract Verdict decide(Document doc, String[] lines, boolean[] drop, long removedChars);

  @Override
  public Census census(Path dir, String shardId) {
    return new LineCensus(dir, shardId.replaceAll("[^A-Za-z0-9._-]", "_"));
  }

  @Override
  public void conclude(Path dir) throws IOException {
    List<Path> runs;
    try (var files = Files.list(dir)) {
      runs = files.filter(p -> p.getFileName().toString().endsWith(".run")).sorted().toList();
    }
    PriorityQueue<Head> queue = new PriorityQueue<>();
    List<LongRunFiles.Reader> readers = new ArrayList<>();
    long[] out = new long[1024];
    int n = 0;
    try {
      for (Path run : runs) {
        LongRunFiles.Reader r = new LongRunFiles.Reader(run);
        readers.add(r);
        if (r.hasNext()) {
          queue.add(new Head(r.next(), r));
        }
      }
      while (!queue.isEmpty()) {
        long key = queue.peek().key;
        int count = 0;
        while (!queue.isEmpty() && queue.peek().key == key) {
          Head h = queue.poll();
          count++;
          if (h.reader.hasNext()) {
            queue.add(new Head(h.reader.next(), h.reader));
          }
        }
        if (count >= minCount) {
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = key;
        }
      }
    } finally {
      for (LongRunFiles.Reader r : readers) {
        r.close();
      }
    }
    LongRunFiles.write(dir.resolve(RESULT), out, n);
  }

  @Override
  public List<String> conclusionFiles() {
    return List.of(RESULT);
  }

  @Override
  public void prepare(Path dir, String shardId) {
    // Keyed by the folder's name, not its place: a backend may hand each task its own copy of the folder.
    repeated = context.shared(name() + ":" + dir.getFileName(), () -> {
      try (LongRunFiles.Reader r = new LongRunFiles.Reader(dir.resolve(RESULT))) {
        long[] keys = new long[1024];
        int n = 0;
        while (r.hasNext()) {
          if (n == keys.length) {
            keys = Arrays.copyOf(keys, n * 2);
          }
          keys[n++] = r.next();
        }
        return Arrays.copyOf(keys, n);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Override
  public Verdict apply(Document doc) {
    if (repeated == null) {
      throw new IllegalStateException(name() + " runs in an executor that holds its census first");
    }
    long group = groupHash(doc);
    if (group == 0 || repeated.length == 0) {
      return Verdict.KEEP;
    }
    String[] lines = doc.text().split("\n", -1);
    boolean[] drop = new boolean[lines.length];
    long removedChars = 0;
    for (int i = 0; i < lines.length; i++) {
      String norm = normalizeLine(lines[i]);
      if (!norm.isEmpty() && Arrays.binarySearch(repeated, key(group, norm)) >= 0) {
        drop[i] = true;
        removedChars += lines[i].length();
      }
    }
    return removedChars == 0 ? Verdict.KEEP : decide(doc, lines, drop, removedChars);
  }

  /** The text without the dropped lines, blank-line runs collapsed. */
  protected static String without(String[] lines, boolean[] drop) {
    List<String> kept = new ArrayList<>(lines.length);
    for (int i = 0; i < lines.length; i++) {
      if (!drop[i]) {
        kept.add(lines[i]);
      }
    }
    return Lines.joinCollapsingBlankLines(kept);
  }

  protected static long hash(String s) {
    long h = Hashing.farmHashFingerprint64().hashString(s, StandardCharsets.UTF_8).asLong();
    return h == 0 ? 1 : h;
  }

  private static long key(long group, String normalizedLine) {
    long x = group * 0x9E3779B97F4A7C15L ^ hash(normalizedLine);
    x ^= x >>> 31;
    x *= 0xBF58476D1CE4E5B9L;
    return x ^ (x >>> 29);
  }

  private record Head(long key, LongRunFiles.Reader reader) implements Comparable<Head> {
    @Override
    public int compareTo(Head o) {
      return Long.compare(key, o.key);
    }
  }

  /** One shard's (group, line) keys: one per distinct line per document, spilled as sorted runs. */
  private final class LineCensus implements Census {
    private final Path dir;
    private final String shardId;
    private long[] keys = new long[4096];
    private int size;
    private int runs;

    LineCensus(Path dir, String shardId) {
      this.dir = dir;
      this.shardId = shardId;
    }

    @Override
    public void observe(Document doc) throws IOException {
      long group = groupHash(doc);
      if (group == 0) {
        return;
      }
      Set<String> seen = new HashSet<>();
      for (String line : doc.text().split("\n")) {
        String norm = normalizeLine(line);
        if (!norm.isEmpty() && seen.add(norm)) {
          if (size == keys.length) {
            if (size >= runKeys) {
              spill();
            } else {
              keys = Arrays.copyOf(keys, Math.min(runKeys, size * 2));
            }
          }
          keys[size++] = key(group, norm);
        }
      }
    }

    private void spill() throws IOException {
      Arrays.sort(keys, 0, size);
      LongRunFiles.write(dir.resolve(shardId + "-" + runs++ + ".run"), keys, size);
      size = 0;
    }

    @Override
    public void close() throws IOException {
      spill();
    }
  }
}
