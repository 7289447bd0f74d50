package dev.saring.dedup;

import com.google.common.hash.Hashing;
import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import dev.saring.document.Document;
import dev.saring.step.CorpusStep;
import dev.saring.step.StepContext;
import dev.saring.step.Verdict;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The shared machinery of the dedup steps: a census that writes (bucket key, document, keep rank, id)
 * records as sorted, checksummed runs; a conclusion that merges the runs, joins the documents that share a
 * bucket with union-find, and picks one keeper per cluster by a deterministic rule; and a filter that keeps
 * the keeper ({@code duplicate_cluster_size}, {@code duplicate_cluster}) and drops the others with reason
 * {@code duplicate} and {@code duplicate_of}.
 *
 * <p>A document is named by its shard, its id and how many documents of that id came before it in the
 * shard, so a page that fails in one pass and not the other (a time budget) shifts nothing else. The keep
 * rule compares a fingerprint of the id, never arrival order, so it is the same on every run and backend.
 * Memory: a census holds {@code run_records} records before it spills; the conclusion spills the documents
 * that share a bucket with another to disk and holds the union-find over their keys (about 40 bytes a
 * candidate document) and a few numbers per cluster, never the corpus or its ids.
 */
public abstract class DedupStep implements CorpusStep {
  static final String CENSUS = "census";
  static final String RESULT = "result";
  private static final String RESULT_FILE = "clusters.result";
  static final String MEMBERS = "members";
  /** The union-find holds up to this many documents per run record before it moves to disk (8M by default). */
  private static final int UNION_FIND_PER_RUN_RECORD = 4;
  private static final String BAND = "-band";

  private final String keep;
  private final String scoreField;
  private final int runRecords;
  private final StepContext context;
  private ClusterTable clusters;
  private DocKeys keys;

  protected DedupStep(String keep, String scoreField, int runRecords, StepContext context) {
    if (!List.of("first", "longest", "score").contains(keep)) {
      throw new IllegalArgumentException("keep must be first, longest or score: " + keep);
    }
    if (runRecords < 1000) {
      throw new IllegalArgumentException("run_records must be >= 1000: " + runRecords);
    }
    this.keep = keep;
    this.scoreField = scoreField;
    this.runRecords = runRecords;
    this.context = context;
  }

  /** The bucket keys of a document: documents that share one are candidates for one cluster. */
  protected abstract long[] bucketKeys(Document doc);

  /**
   * The minimum exact Jaccard similarity of shingles for a candidate pair to be joined; 0 joins every
   * candidate pair unverified.
   */
  protected double verifyThreshold() {
    return 0;
  }

  /** How the members of a bucket become candidate pairs; by default each is linked to the first. */
  public BucketLinks bucketLinks() {
    return BucketLinks.STAR;
  }

  /** The sketch a document's census records carry; only called when {@link #bucketLinks} uses sketches. */
  protected long[] sketch(Document doc) {
    throw new UnsupportedOperationException(name() + " has no signature sketches");
  }

  /** The sorted shingle set of a document, for verification; only called when {@link #verifyThreshold} > 0. */
  protected long[] shingles(Document doc) {
    throw new UnsupportedOperationException(name() + " has no shingles to verify with");
  }

  /** Receives a document's census records: one per bucket (band) key, with the sketch when links use one. */
  public interface RecordSink {
    void accept(int band, long bucketKey, long docKey, long rank, String id, long[] sketch);
  }

  /**
   * The census records of one document, for backends that group buckets themselves (Spark): the same keys,
   * document key and keep rank the local census writes to its runs.
   */
  public final void censusRecords(Document doc, long docKey, RecordSink sink) {
    long rank = rank(doc);
    long[] keys = bucketKeys(doc);
    long[] sketch = keys.length > 0 && bucketLinks().usesSketches() ? sketch(doc) : RecordRuns.NO_SKETCH;
    for (int band = 0; band < keys.length; band++) {
      sink.accept(band, keys[band], docKey, rank, doc.id(), sketch);
    }
  }

  /** True when candidate pairs are verified by the shingles this step stores beside its census. */
  public final boolean verifiesPairs() {
    return verifyThreshold() > 0;
  }

  /** One member of a cluster of two or more, as the conclusion records it; the cluster is named by its keeper. */
  public record ClusterMember(long doc, long keeperDoc, int size, String keeperId) implements java.io.Serializable {}

  /**
   * Writes a conclusion computed elsewhere (a distributed backend) where {@link #prepare} reads it. Members
   * must come sorted by document key; the keeper is the member with the least (rank, document key).
   */
  public static void writeConclusion(Path dir, Iterator<ClusterMember> sortedByDoc) throws IOException {
    try (RecordRuns.Writer w = new RecordRuns.Writer(dir.resolve(RESULT_FILE), RESULT)) {
      long last = Long.MIN_VALUE;
      boolean first = true;
      while (sortedByDoc.hasNext()) {
        ClusterMember m = sortedByDoc.next();
        if (!first && m.doc() <= last) {
          throw new IllegalArgumentException("cluster members out of document order at " + m.doc());
        }
        first = false;
        last = m.doc();
        w.add(new RecordRuns.Entry(m.doc(), m.keeperDoc(), m.doc() == m.keeperDoc() ? m.size() : -m.size(),
            m.keeperId()));
      }
    }
  }

  /** Names the documents of one shard as the census and the filter pass do. */
  public static DocKeys docKeys(String shardId) {
    return new DocKeys(shardId);
  }

  @Override
  public Census census(Path dir, String shardId) {
    DocKeys docKeys = new DocKeys(shardId);
    List<List<RecordRuns.Entry>> buffers = new ArrayList<>();
    int[] buffered = {0};
    int[] runs = {0};
    ShingleFile.Writer shingleFile;
    try {
      shingleFile = verifyThreshold() > 0 ? new ShingleFile.Writer(dir.resolve(safe(shardId) + ".shingles")) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Census() {
      @Override
      public void observe(Document doc) throws IOException {
        long docKey = docKeys.next(doc.id());
        if (shingleFile != null) {
          shingleFile.add(docKey, shingles(doc));
        }
        censusRecords(doc, docKey, (band, bucketKey, key, rank, id, sketch) -> {
          while (buffers.size() <= band) {
            buffers.add(new ArrayList<>());
          }
          buffers.get(band).add(new RecordRuns.Entry(bucketKey, key, rank, id, sketch));
          buffered[0]++;
        });
        if (buffered[0] >= runRecords) {
          spill();
        }
      }

      /** One sorted run per band, so the conclusion merges the bands in parallel. */
      private void spill() throws IOException {
        for (int band = 0; band < buffers.size(); band++) {
          List<RecordRuns.Entry> buffer = buffers.get(band);
          buffer.sort(Comparator.comparingLong(RecordRuns.Entry::key).thenComparingLong(RecordRuns.Entry::doc));
          RecordRuns.write(dir.resolve(safe(shardId) + "-" + runs[0] + BAND + band + ".run"), CENSUS, buffer);
          buffer.clear();
        }
        runs[0]++;
        buffered[0] = 0;
      }

      @Override
      public void close() throws IOException {
        spill();
        if (shingleFile != null) {
          shingleFile.close();
        }
      }
    };
  }


  @Override
  public void conclude(Path dir) throws IOException {
    Map<String, List<Path>> byBand = new TreeMap<>();
    try (var files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".run")).sorted().toList()) {
        String name = p.getFileName().toString();
        byBand.computeIfAbsent(name.substring(name.lastIndexOf(BAND) + BAND.length()), k -> new ArrayList<>()).add(p);
      }
    }
    Path work = dir.resolve("conclusion");
    deleteTree(work); // what a killed conclusion left behind
    Files.createDirectories(work);
    Long2LongOpenHashMap parent = new Long2LongOpenHashMap();
    CandidatePairs pairs = new CandidatePairs(verifyThreshold() > 0, parent,
        new RunSpill(work, "pairs", ExternalComponents.EDGES, runRecords), UNION_FIND_PER_RUN_RECORD * runRecords);
    List<Path> memberRuns = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(
        Math.max(1, Math.min(byBand.size(), Runtime.getRuntime().availableProcessors())));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Map.Entry<String, List<Path>> band : byBand.entrySet()) {
        futures.add(pool.submit(() -> {
          RunSpill members = new RunSpill(work, "band" + band.getKey(), MEMBERS, runRecords);
          mergeBand(band.getValue(), members, pairs, bucketLinks());
          memberRuns.addAll(members.finish());
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("dedup merge interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    Path members = work.resolve("members.distinct");
    mergeDistinct(memberRuns.stream().sorted().toList(), members);
    if (verifyThreshold() > 0) {
      verify(dir, members, pairs.edges, parent);
    }
    if (pairs.onDisk()) {
      List<Path> labels = ExternalComponents.labels(pairs.spill.finish(), work, runRecords);
      try (ExternalComponents.Lookup lookup = new ExternalComponents.Lookup(labels)) {
        writeResult(members, lookup::root, work, runRecords, dir.resolve(RESULT_FILE));
      }
    } else {
      writeResult(members, doc -> find(parent, doc), work, runRecords, dir.resolve(RESULT_FILE));
    }
    deleteTree(work);
  }

  /** The component of a document, asked in increasing document order. */
  private interface Roots {
    long root(long doc) throws IOException;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      MoreFiles.deleteRecursively(dir, RecursiveDeleteOption.ALLOW_INSECURE);
    }
  }

  /**
   * Clusters from the components and the candidate documents, by two external sorts: members by component
   * (each component's size and keeper: least rank, then least document key), then result records by
   * document, streamed into the file the filter pass reads. Memory: {@code limit} records at a time and
   * one component's members.
   */
  private static void writeResult(Path members, Roots roots, Path work, int limit, Path result) throws IOException {
    RunSpill byRoot = new RunSpill(work, "byroot", MEMBERS, limit);
    try (RecordRuns.Reader r = new RecordRuns.Reader(members, MEMBERS)) {
      while (r.hasNext()) {
        RecordRuns.Entry m = r.next();
        byRoot.add(roots.root(m.doc()), m.doc(), m.rank(), m.id());
      }
    }
    RunSpill byDoc = new RunSpill(work, "bydoc", MEMBERS, limit);
    RunSpill.merge(byRoot.finish(), MEMBERS, component -> {
      int size = component.size();
      if (size < 2) {
        return;
      }
      RecordRuns.Entry keeper = component.get(0);
      for (RecordRuns.Entry m : component) {
        if (m.rank() < keeper.rank() || m.rank() == keeper.rank() && m.doc() < keeper.doc()) {
          keeper = m;
        }
      }
      for (RecordRuns.Entry m : component) {
        byDoc.add(m.doc(), keeper.doc(), m == keeper ? size : -size, keeper.id());
      }
    });
    try (RecordRuns.Writer w = new RecordRuns.Writer(result, RESULT)) {
      RunSpill.merge(byDoc.finish(), MEMBERS, same -> w.add(same.get(0)));
    }
  }

  /** Merges sorted member runs into one file with each document once. */
  private static void mergeDistinct(List<Path> runs, Path out) throws IOException {
    try (RecordRuns.Writer w = new RecordRuns.Writer(out, MEMBERS)) {
      long[] last = {0};
      boolean[] any = {false};
      RunSpill.merge(runs, MEMBERS, group -> {
        for (RecordRuns.Entry e : group) {
          if (!any[0] || e.doc() != last[0]) {
            w.add(e);
            last[0] = e.doc();
            any[0] = true;
          }
        }
      });
    }
  }

  /** Merges the sorted runs of one band; every group of two or more documents is linked by {@code links}. */
  private static void mergeBand(List<Path> runs, RunSpill members, CandidatePairs pairs, BucketLinks links)
      throws IOException {
    RunSpill.merge(runs, CENSUS, group -> {
      if (group.size() < 2) {
        return;
      }
      long[] docs = new long[group.size()];
      long[][] sketches = new long[group.size()][];
      for (int i = 0; i < docs.length; i++) {
        RecordRuns.Entry m = group.get(i);
        members.add(m.doc(), m.doc(), m.rank(), m.id());
        docs[i] = m.doc();
        sketches[i] = m.sketch();
      }
      links.link(docs, sketches, pairs::add);
    });
  }

  /**
   * Candidate pairs from all bands, held once: joined at once in the union-find while it holds fewer than
   * its limit of documents, then written as edges for {@link ExternalComponents} (the union-find so far
   * too, as child-parent edges); or kept (without the repeats a near-copy makes in every band) for
   * verification. Band threads share it under its lock.
   */
  private static final class CandidatePairs {
    final LongArrayList edges = new LongArrayList();
    final RunSpill spill;
    private final boolean keep;
    private final Long2LongOpenHashMap parent;
    private final int limit;
    private final LongOpenHashSet seen = new LongOpenHashSet();
    private boolean onDisk;

    CandidatePairs(boolean keep, Long2LongOpenHashMap parent, RunSpill spill, int limit) {
      this.keep = keep;
      this.parent = parent;
      this.spill = spill;
      this.limit = limit;
    }

    synchronized boolean onDisk() {
      return onDisk;
    }

    synchronized void add(long a, long b) throws IOException {
      if (a == b) {
        return;
      }
      if (onDisk) {
        edge(a, b);
        return;
      }
      if (!keep) {
        union(parent, a, b);
        if (parent.size() > limit) {
          for (var e : parent.long2LongEntrySet()) {
            if (e.getLongKey() != e.getLongValue()) {
              edge(e.getLongKey(), e.getLongValue());
            }
          }
          parent.clear();
          parent.trim();
          onDisk = true;
        }
        return;
      }
      long lo = Math.min(a, b);
      long hi = Math.max(a, b);
      if (seen.add(lo * 0x9E3779B97F4A7C15L ^ Long.rotateLeft(hi, 31))) {
        edges.add(lo);
        edges.add(hi);
      }
    }

    private void edge(long a, long b) throws IOException {
      spill.add(a, b, 0, "");
      spill.add(b, a, 0, "");
    }
  }

  /** Joins the candidate pairs whose shingle sets are at least {@link #verifyThreshold} similar. */
  private void verify(Path dir, Path members, LongArrayList edges, Long2LongOpenHashMap parent) throws IOException {
    LongOpenHashSet candidates = new LongOpenHashSet();
    try (RecordRuns.Reader r = new RecordRuns.Reader(members, MEMBERS)) {
      while (r.hasNext()) {
        candidates.add(r.next().doc());
      }
    }
    Long2ObjectOpenHashMap<long[]> shingles = new Long2ObjectOpenHashMap<>();
    List<Path> files;
    try (var list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".shingles")).sorted().toList();
    }
    for (Path f : files) {
      ShingleFile.read(f, candidates::contains, shingles::put);
    }
    for (int i = 0; i < edges.size(); i += 2) {
      long[] a = shingles.get(edges.getLong(i));
      long[] b = shingles.get(edges.getLong(i + 1));
      if (a != null && b != null && MinHasher.jaccard(a, b) >= verifyThreshold()) {
        union(parent, edges.getLong(i), edges.getLong(i + 1));
      }
    }
  }

  @Override
  public List<String> conclusionFiles() {
    return List.of(RESULT_FILE);
  }

  @Override
  public void prepare(Path dir, String shardId) {
    keys = new DocKeys(shardId);
    // Keyed by the folder's name, not its place: a backend may hand each task its own copy of the folder.
    clusters = context.shared(name() + ":" + dir.getFileName(), () -> {
      try {
        return ClusterTable.read(dir.resolve(RESULT_FILE), RESULT);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Override
  public Verdict apply(Document doc) {
    if (clusters == null) {
      throw new IllegalStateException(name() + " runs in an executor that holds its census first");
    }
    ClusterTable.Member m = clusters.get(keys.next(doc.id()));
    if (m == null) {
      doc.metadata().put("duplicate_cluster_size", 1);
      return Verdict.KEEP;
    }
    doc.metadata().put("duplicate_cluster", Long.toHexString(m.cluster()));
    doc.metadata().put("duplicate_cluster_size", m.size());
    if (m.keeper()) {
      return Verdict.KEEP;
    }
    doc.metadata().put("duplicate_of", m.keeperId());
    return Verdict.drop("duplicate");
  }

  /** Smaller is kept: by a fingerprint of the id, by length, or by a quality score in metadata. */
  private long rank(Document doc) {
    long idPart = fingerprint(doc.id()) >>> 33;
    return switch (keep) {
      case "longest" -> ((long) (Integer.MAX_VALUE - Math.min(Integer.MAX_VALUE, doc.text().length())) << 31) | idPart;
      case "score" -> {
        double score = doc.metadata().get(scoreField) instanceof Number n ? n.doubleValue() : 0.0;
        long q = (long) ((1.0 - Math.max(0, Math.min(1, score))) * Integer.MAX_VALUE);
        yield (q << 31) | idPart;
      }
      default -> fingerprint(doc.id()) & Long.MAX_VALUE;
    };
  }

  static long fingerprint(String s) {
    return Hashing.farmHashFingerprint64().hashString(s, StandardCharsets.UTF_8).asLong();
  }

  private static String safe(String shardId) {
    return shardId.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static void union(Long2LongOpenHashMap parent, long a, long b) {
    long ra = find(parent, a);
    long rb = find(parent, b);
    if (ra != rb) {
      // The smaller key becomes the root, so the structure does not depend on merge order.
      if (ra < rb) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }

  private static long find(Long2LongOpenHashMap parent, long x) {
    long root = x;
    while (parent.containsKey(root) && parent.get(root) != root) {
      root = parent.get(root);
    }
    long cur = x;
    while (cur != root) {
      long next = parent.get(cur);
      parent.put(cur, root);
      cur = next;
    }
    return root;
  }

  /** Names documents within a shard: shard, id, and the number of earlier documents with that id. */
  public static final class DocKeys {
    private final String shardId;
    private final Map<String, Integer> seen = new HashMap<>();

    DocKeys(String shardId) {
      this.shardId = shardId;
    }

    public long next(String id) {
      int n = seen.merge(id, 1, Integer::sum) - 1;
      return fingerprint(shardId + "\u0000" + id + "\u0000" + n);
    }
  }
}
