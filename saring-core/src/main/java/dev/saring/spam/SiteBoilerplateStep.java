package dev.saring.spam;

import com.google.common.hash.Hashing;
import dev.saring.document.Document;
import dev.saring.step.CorpusStep;
import dev.saring.step.RemovedLines;
import dev.saring.step.StepContext;
import dev.saring.step.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Step {@code site_boilerplate}: removes lines that recur on many pages of the same site (the footer,
 * the menu, the spam line injected into every page), recording each with reason {@code site_boilerplate}.
 *
 * <p>Two passes: the census hashes every distinct line of every page with its site (registered domain, or
 * host) into sorted runs on disk; the conclusion merges the runs and keeps the (site, line) keys seen on at
 * least {@code min_pages} pages, which is the only thing held in memory. A page that would lose more than
 * {@code max_doc_share} of its text is left alone and marked: that is a copy of another page, for dedup to
 * judge, not boilerplate.
 */
public final class SiteBoilerplateStep implements CorpusStep {
  /**
   * Options.
   *
   * @param minPages pages of one site a line must appear on to be boilerplate
   * @param groupBy {@code domain} (registered domain) or {@code host}
   * @param maxDocShare above this share of a page's characters, nothing is removed from it
   * @param runKeys keys held per census before a sorted run is written to disk
   */
  public record Options(int minPages, String groupBy, double maxDocShare, int runKeys) {
    public static final Options DEFAULTS = new Options(4, "domain", 0.8, 4_000_000);

    public Options {
      if (minPages < 2) {
        throw new IllegalArgumentException("min_pages must be >= 2: " + minPages);
      }
      if (!groupBy.equals("domain") && !groupBy.equals("host")) {
        throw new IllegalArgumentException("group_by must be domain or host: " + groupBy);
      }
      if (runKeys < 1000) {
        throw new IllegalArgumentException("run_keys must be >= 1000: " + runKeys);
      }
    }
  }

  private static final String RESULT = "repeated-lines.keys";

  private final Options options;
  private final StepContext context;
  private long[] repeated;

  public SiteBoilerplateStep(Options options, StepContext context) {
    this.options = options;
    this.context = context;
  }

  @Override
  public String name() {
    return "site_boilerplate";
  }

  @Override
  public Census census(Path dir, String shardId) {
    return new LineCensus(dir, shardId);
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
        int pages = 0;
        while (!queue.isEmpty() && queue.peek().key == key) {
          Head h = queue.poll();
          pages++;
          if (h.reader.hasNext()) {
            queue.add(new Head(h.reader.next(), h.reader));
          }
        }
        if (pages >= options.minPages()) {
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
  public void prepare(Path dir, String shardId) {
    repeated = context.shared("site_boilerplate:" + dir.toAbsolutePath(), () -> {
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
      throw new IllegalStateException("site_boilerplate runs in an executor that holds its census first");
    }
    long site = siteHash(doc);
    if (site == 0 || repeated.length == 0) {
      return Verdict.KEEP;
    }
    String text = doc.text();
    List<String> lines = List.of(text.split("\n", -1));
    boolean[] drop = new boolean[lines.size()];
    long removedChars = 0;
    for (int i = 0; i < lines.size(); i++) {
      String norm = normalize(lines.get(i));
      if (!norm.isEmpty() && Arrays.binarySearch(repeated, key(site, norm)) >= 0) {
        drop[i] = true;
        removedChars += lines.get(i).length();
      }
    }
    if (removedChars == 0) {
      return Verdict.KEEP;
    }
    if (removedChars > options.maxDocShare() * text.length()) {
      doc.metadata().put("site_boilerplate", "skipped:mostly_repeated");
      return Verdict.KEEP;
    }
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < lines.size(); i++) {
      if (drop[i]) {
        RemovedLines.record(doc, name(), "site_boilerplate", lines.get(i));
      } else {
        kept.append(lines.get(i)).append('\n');
      }
    }
    doc.text(kept.toString().replaceAll("\n{3,}", "\n\n").strip());
    return doc.text().isBlank() ? Verdict.drop("empty") : Verdict.KEEP;
  }

  private long siteHash(Document doc) {
    String url = doc.metaString("url", null);
    if (url == null) {
      return 0;
    }
    String host = UrlFilter.host(url);
    if (host == null) {
      return 0;
    }
    String site = host;
    if (options.groupBy().equals("domain")) {
      String d = doc.metaString("domain", null);
      d = d != null ? d : UrlFilter.registeredDomain(host);
      site = d != null ? d : host;
    }
    long h = hash(site);
    return h == 0 ? 1 : h;
  }

  /** Case and spacing do not make a footer a different line. */
  static String normalize(String line) {
    String s = line.strip();
    boolean letter = false;
    for (int i = 0; i < s.length() && !letter; i++) {
      letter = Character.isLetter(s.charAt(i));
    }
    return letter ? s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") : "";
  }

  private static long key(long site, String normalizedLine) {
    long x = site * 0x9E3779B97F4A7C15L ^ hash(normalizedLine);
    x ^= x >>> 31;
    x *= 0xBF58476D1CE4E5B9L;
    return x ^ (x >>> 29);
  }

  private static long hash(String s) {
    return Hashing.farmHashFingerprint64().hashString(s, StandardCharsets.UTF_8).asLong();
  }

  private record Head(long key, LongRunFiles.Reader reader) implements Comparable<Head> {
    @Override
    public int compareTo(Head o) {
      return Long.compare(key, o.key);
    }
  }

  /** One shard's (site, line) keys: one per distinct line per page, spilled as sorted runs. */
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
      long site = siteHash(doc);
      if (site == 0) {
        return;
      }
      Set<String> seen = new HashSet<>();
      for (String line : doc.text().split("\n")) {
        String norm = normalize(line);
        if (!norm.isEmpty() && seen.add(norm)) {
          if (size == keys.length) {
            if (size >= options.runKeys()) {
              spill();
            } else {
              keys = Arrays.copyOf(keys, Math.min(options.runKeys(), size * 2));
            }
          }
          keys[size++] = key(site, norm);
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
