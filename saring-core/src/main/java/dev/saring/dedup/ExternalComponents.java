package dev.saring.dedup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Connected components of an edge list on disk, for when the union-find would outgrow its memory: the
 * alternating large-star and small-star rounds of Kiveris et al. (SoCC 2014), each a group-by on node done
 * as an external sort ({@link RunSpill}). The same algorithm the Spark backend runs as shuffles; the
 * components (and so the clusters) equal the union-find's. Rounds stop when a round's input edge set equals
 * the previous one's (count and an order-free hash); then every edge joins a node to its component's least node.
 */
final class ExternalComponents {
  static final String EDGES = "edges";

  private ExternalComponents() {}

  /**
   * Runs the rounds over {@code edges} (both directions of every edge, sorted runs); returns runs whose
   * entries with key > doc map each node (key) to its component's least node (doc). Nodes absent from them
   * are their own least node.
   */
  static List<Path> labels(List<Path> edges, Path work, int limit) throws IOException {
    List<Path> current = edges;
    long[] previous = null;
    for (int round = 0; ; round++) {
      long[] fingerprint = new long[2];
      RunSpill large = new RunSpill(work, "large" + round, EDGES, limit);
      RunSpill.merge(current, EDGES, group -> {
        long u = group.get(0).key();
        long m = least(u, group);
        long last = Long.MIN_VALUE;
        for (int i = 0; i < group.size(); i++) {
          long v = group.get(i).doc();
          if (i > 0 && v == last) {
            continue; // the same edge from two runs
          }
          last = v;
          fingerprint[0]++;
          fingerprint[1] += mix(u * 0x9E3779B97F4A7C15L + v);
          if (v > u) {
            large.add(v, m, 0, "");
          }
        }
      });
      List<Path> largeRuns = large.finish();
      if (previous != null && previous[0] == fingerprint[0] && previous[1] == fingerprint[1]) {
        delete(largeRuns);
        return current;
      }
      previous = fingerprint;
      RunSpill small = new RunSpill(work, "small" + round, EDGES, limit);
      RunSpill.merge(largeRuns, EDGES, group -> {
        long u = group.get(0).key();
        long m = least(u, group);
        if (u != m) {
          small.add(u, m, 0, "");
          small.add(m, u, 0, "");
        }
        long last = Long.MIN_VALUE;
        for (int i = 0; i < group.size(); i++) {
          long v = group.get(i).doc();
          if ((i > 0 && v == last) || v == m) {
            last = v;
            continue;
          }
          last = v;
          small.add(v, m, 0, "");
          small.add(m, v, 0, "");
        }
      });
      delete(largeRuns);
      if (current != edges) {
        delete(current);
      }
      current = small.finish();
    }
  }

  /** Looks up each document's component in increasing document order, streaming the label runs. */
  static final class Lookup implements AutoCloseable {
    private final RecordRuns.Reader[] readers;
    private final java.util.PriorityQueue<long[]> heads = new java.util.PriorityQueue<>(
        (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));

    Lookup(List<Path> labelRuns) throws IOException {
      readers = new RecordRuns.Reader[labelRuns.size()];
      for (int i = 0; i < readers.length; i++) {
        readers[i] = new RecordRuns.Reader(labelRuns.get(i), EDGES);
        advance(i);
      }
    }

    private void advance(int i) throws IOException {
      while (readers[i].hasNext()) {
        RecordRuns.Entry e = readers[i].next();
        if (e.key() > e.doc()) {
          heads.add(new long[] {e.key(), e.doc(), i});
          return;
        }
      }
    }

    /** The least node of {@code doc}'s component; calls must come in increasing document order. */
    long root(long doc) throws IOException {
      while (!heads.isEmpty() && heads.peek()[0] < doc) {
        advance((int) heads.poll()[2]);
      }
      return !heads.isEmpty() && heads.peek()[0] == doc ? heads.peek()[1] : doc;
    }

    @Override
    public void close() throws IOException {
      for (RecordRuns.Reader r : readers) {
        r.close();
      }
    }
  }

  /** The least of a node and its neighbours in the group. */
  private static long least(long u, List<RecordRuns.Entry> group) {
    long m = u;
    for (RecordRuns.Entry e : group) {
      m = Math.min(m, e.doc());
    }
    return m;
  }

  private static void delete(List<Path> runs) throws IOException {
    for (Path p : runs) {
      Files.deleteIfExists(p);
    }
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
