package dev.saring.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.saring.testing.Prose;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signature sketches estimate Jaccard similarity well enough to drop LSH's false candidate pairs. */
class SketchLinksTest {
  private static final MinHasher HASHER = new MinHasher(5, 14, 8, 1);
  private static final String[] PARAS = Prose.INDONESIAN.split("\n\n");

  private static long[] sketch(String text) {
    return SignatureSketch.of(HASHER.signature(HASHER.shingleHashes(text, "ind_Latn")));
  }

  private static double exact(String a, String b) {
    return MinHasher.jaccard(HASHER.shingles(a, "ind_Latn"), HASHER.shingles(b, "ind_Latn"));
  }

  @Test
  void estimateFollowsExactJaccard_onEditedProse() {
    String base = Prose.INDONESIAN;
    String[] variants = {
        base,
        base.replace("sembilan", "sepuluh"),
        base + "\n\nBaca juga berita lainnya di situs kami hari ini.",
        PARAS[0] + "\n\n" + PARAS[1] + "\n\n" + PARAS[2],
        PARAS[0] + "\n\n" + PARAS[1],
        PARAS[2] + "\n\n" + PARAS[3],
        Prose.ENGLISH,
    };
    for (String v : variants) {
      double truth = exact(base, v);
      double estimate = SignatureSketch.estimatedJaccard(sketch(base), sketch(v), 112, 0);
      // 112 minimums: the standard error is about 0.05 at 0.5; 0.15 is three of them.
      assertThat(estimate).as("exact %.2f", truth).isCloseTo(truth, within(0.15));
    }
    assertThat(SignatureSketch.estimatedJaccard(sketch(base), sketch(base), 112, 8)).isEqualTo(1.0);
    assertThat(SignatureSketch.estimatedJaccard(sketch(base), sketch(Prose.ENGLISH), 112, 0)).isLessThan(0.1);
    // Nothing left to compare outside the shared band: no evidence against the pair.
    assertThat(SignatureSketch.estimatedJaccard(new long[1], new long[] {-1L}, 8, 8)).isEqualTo(1.0);
  }

  @Test
  void bucketLinksOnlyResemblingMembers_andStarLinksAll() throws Exception {
    long[][] sketches = {
        sketch(Prose.INDONESIAN),
        sketch(Prose.ENGLISH),
        sketch(Prose.INDONESIAN.replace("sembilan", "sepuluh")),
        sketch(Prose.ENGLISH + " The end."),
    };
    long[] docs = {10, 20, 30, 40};
    List<String> links = new ArrayList<>();
    new BucketLinks(0.6, 112, 8).link(docs, sketches, (a, b) -> links.add(a + "-" + b));
    // The English text matches no head before it, so it heads its own group; each copy joins its original.
    assertThat(links).containsExactly("10-30", "20-40");
    links.clear();
    BucketLinks.STAR.link(docs, sketches, (a, b) -> links.add(a + "-" + b));
    assertThat(links).containsExactly("10-20", "10-30", "10-40");
  }

  @Test
  void manyDissimilarMembers_checkAtMostMaxHeadsEach() throws Exception {
    int n = 500;
    long[] docs = new long[n];
    long[][] sketches = new long[n][];
    java.util.SplittableRandom r = new java.util.SplittableRandom(5);
    for (int i = 0; i < n; i++) {
      docs[i] = i;
      sketches[i] = r.longs(7).toArray();
    }
    int[] links = {0};
    new BucketLinks(0.6, 112, 8).link(docs, sketches, (a, b) -> links[0]++);
    assertThat(links[0]).isZero();
    // A copy of the first member at the end still finds it: heads are the earliest members.
    sketches[n - 1] = sketches[0].clone();
    new BucketLinks(0.6, 112, 8).link(docs, sketches, (a, b) -> {
      assertThat(a).isEqualTo(0);
      assertThat(b).isEqualTo(n - 1);
      links[0]++;
    });
    assertThat(links[0]).isEqualTo(1);
  }
}
