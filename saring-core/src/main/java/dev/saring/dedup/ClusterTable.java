package dev.saring.dedup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conclusion of a dedup step as the filter pass reads it: for every document in a cluster of two or more,
 * its cluster, the cluster's size, whether it is the keeper, and the keeper's id. Primitive arrays sorted by
 * document key (24 bytes a document, keeper ids held once each), searched by binary search; documents
 * alone in their cluster are not in it.
 */
final class ClusterTable {
  /** One document's entry. */
  record Member(long cluster, int size, boolean keeper, String keeperId) {}

  private final long[] docs;
  private final long[] clusters;
  private final int[] sizes;
  private final int[] keeperIds;
  private final String[] ids;

  private ClusterTable(long[] docs, long[] clusters, int[] sizes, int[] keeperIds, String[] ids) {
    this.docs = docs;
    this.clusters = clusters;
    this.sizes = sizes;
    this.keeperIds = keeperIds;
    this.ids = ids;
  }

  /** Reads a result file (records sorted by document key: cluster, signed size, keeper id). */
  static ClusterTable read(Path file, String kind) throws IOException {
    try (RecordRuns.Reader r = new RecordRuns.Reader(file, kind)) {
      int capacity = 1024;
      long[] docs = new long[capacity];
      long[] clusters = new long[capacity];
      int[] sizes = new int[capacity];
      int[] keeperIds = new int[capacity];
      Map<String, Integer> idIndex = new HashMap<>();
      List<String> ids = new ArrayList<>();
      int n = 0;
      long previous = Long.MIN_VALUE;
      while (r.hasNext()) {
        RecordRuns.Entry e = r.next();
        if (n > 0 && e.key() <= previous) {
          throw new IOException(file + ": result records out of order");
        }
        previous = e.key();
        if (n == capacity) {
          capacity *= 2;
          docs = Arrays.copyOf(docs, capacity);
          clusters = Arrays.copyOf(clusters, capacity);
          sizes = Arrays.copyOf(sizes, capacity);
          keeperIds = Arrays.copyOf(keeperIds, capacity);
        }
        docs[n] = e.key();
        clusters[n] = e.doc();
        sizes[n] = (int) e.rank();
        keeperIds[n] = idIndex.computeIfAbsent(e.id(), k -> {
          ids.add(k);
          return ids.size() - 1;
        });
        n++;
      }
      return new ClusterTable(Arrays.copyOf(docs, n), Arrays.copyOf(clusters, n), Arrays.copyOf(sizes, n),
          Arrays.copyOf(keeperIds, n), ids.toArray(String[]::new));
    }
  }

  /** The entry of {@code doc}, or null when it is alone. */
  Member get(long doc) {
    int i = Arrays.binarySearch(docs, doc);
    if (i < 0) {
      return null;
    }
    return new Member(clusters[i], Math.abs(sizes[i]), sizes[i] > 0, ids[keeperIds[i]]);
  }
}
