package dev.saring.dedup;

import java.io.IOException;
import java.io.Serializable;

/**
 * How the documents of one bucket (equal band key) become candidate pairs: every member linked to the first,
 * or, with a sketch threshold, only pairs whose sketches estimate a Jaccard similarity at or above it. The
 * local conclusion and the Spark backend both link buckets here, so both find the same pairs.
 *
 * @param threshold least estimated Jaccard similarity for a link; 0 links every member to the first
 * @param slots minimums per signature
 * @param sharedRows minimums a bucket's members share by construction (a band's rows)
 */
public record BucketLinks(double threshold, int slots, int sharedRows) implements Serializable {
  /**
   * Members checked against at most this many heads (members that matched no earlier head). A bucket with
   * more mutually dissimilar members than this is rare (a band shared by boilerplate); later members are
   * compared with these heads only, which bounds a bucket's work by its size times this.
   */
  public static final int MAX_HEADS = 32;

  public static final BucketLinks STAR = new BucketLinks(0, 0, 0);

  /** Receives one candidate pair. */
  public interface Sink {
    void link(long a, long b) throws IOException;
  }

  /** True when links depend on sketches, which the census records must then carry. */
  public boolean usesSketches() {
    return threshold > 0;
  }

  /** Links the members of one bucket, given in increasing document order with their sketches. */
  public void link(long[] docs, long[][] sketches, Sink sink) throws IOException {
    if (docs.length < 2) {
      return;
    }
    if (!usesSketches()) {
      for (int i = 1; i < docs.length; i++) {
        sink.link(docs[0], docs[i]);
      }
      return;
    }
    int[] heads = new int[Math.min(MAX_HEADS, docs.length)];
    int headCount = 0;
    for (int i = 0; i < docs.length; i++) {
      boolean linked = false;
      // Linked to every head it resembles: a member close to two dissimilar heads joins their clusters.
      for (int h = 0; h < headCount; h++) {
        if (SignatureSketch.estimatedJaccard(sketches[heads[h]], sketches[i], slots, sharedRows) >= threshold) {
          sink.link(docs[heads[h]], docs[i]);
          linked = true;
        }
      }
      if (!linked && headCount < heads.length) {
        heads[headCount++] = i;
      }
    }
  }
}
