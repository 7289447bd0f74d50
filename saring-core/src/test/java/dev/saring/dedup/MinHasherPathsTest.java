package dev.saring.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.testing.Prose;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast paths of {@link MinHasher} give exactly what the plain ones give. */
class MinHasherPathsTest {

  @Test
  void testJvmUsesTheVectorPath() {
    // The build adds the module as the launcher does; without it this suite would test only the scalar path.
    assertThat(MinHasher.VECTORS).as("MinHasher.VECTORS (is --add-modules jdk.incubator.vector set?)").isTrue();
  }

  @Test
  void vectorMinimumsEqualScalarOnes_forEveryShapeOfSignature() {
    SplittableRandom r = new SplittableRandom(3);
    // 112 is the default; 7, 9 and 1,021 leave tails after whole vectors; 1 and 1,024 are the limits.
    for (int k : new int[] {1, 7, 9, 112, 1021, 1024}) {
      long[] a = new long[k];
      long[] b = new long[k];
      for (int i = 0; i < k; i++) {
        a[i] = r.nextLong() | 1;
        b[i] = r.nextLong();
      }
      for (int n : new int[] {1, 2, 5, 152, 4000}) {
        long[] shingles = r.longs(n).toArray();
        shingles[0] = Long.MIN_VALUE; // extremes of the signed order
        if (n > 1) {
          shingles[1] = Long.MAX_VALUE;
        }
        long[] scalar = new long[k];
        long[] vector = new long[k];
        MinHasher.scalarMinimums(shingles, a, b, scalar, 0);
        VectorMinimums.fill(shingles, a, b, vector);
        assertThat(vector).as("k=%d n=%d", k, n).isEqualTo(scalar);
      }
    }
  }

  @Test
  void signatureIsTheMinimumOfEachPermutation() {
    MinHasher h = new MinHasher(5, 2, 3, 9);
    long[] shingles = h.shingleHashes(Prose.ENGLISH, "eng_Latn");
    long[] sig = h.signature(shingles);
    // Independent of both paths: a permutation's minimum is reached by one shingle and undercut by none.
    SplittableRandom r = new SplittableRandom(9);
    for (int i = 0; i < sig.length; i++) {
      long a = r.nextLong() | 1;
      long b = r.nextLong();
      long min = Long.MAX_VALUE;
      for (long s : shingles) {
        min = Math.min(min, s * a + b);
      }
      assertThat(sig[i]).isEqualTo(min);
    }
  }

  @Test
  void wordsAcrossTheReadChunkBoundary_areThoseOfTheWholeText() {
    MinHasher h = new MinHasher(5, 14, 8, 1);
    String words = "kata demi kata berita hari ini ";
    StringBuilder b = new StringBuilder();
    while (b.length() < 8190) {
      b.append(words);
    }
    b.setLength(8189);
    // A word runs over char 8192, then a surrogate pair (a math letter) straddles a later chunk's end.
    b.append("Überlänge ");
    while (b.length() < 2 * 8192 - 1) {
      b.append('x');
    }
    b.append("\uD835\uDD18ni tail");
    String text = b.toString();
    assertThat(text.charAt(2 * 8192 - 1)).isEqualTo('\uD835');
    assertThat(h.shingles(text, "ind_Latn")).isEqualTo(h.shingles(MinHasher.normalize(text), "ind_Latn"));
    assertThat(h.shingleHashes(text, "ind_Latn")).hasSize(h.shingleHashes(MinHasher.normalize(text), "ind_Latn").length);
  }

  @Test
  void randomUnicode_givesTheWordsOfItsNormalizedCopy() {
    MinHasher h = new MinHasher(3, 14, 8, 1);
    SplittableRandom r = new SplittableRandom(11);
    // Pieces that meet every path: ASCII words and separators, precomposed and combining accents, digits of
    // other scripts, astral letters and emoji (surrogate pairs), lone surrogates, and no separator at all.
    String[] pieces = {"kata", " ", "Berita", ",", "\n", "é", "e\u0301", "٣", "\uD835\uDD18", "😀", "\uD800", "—",
        "ΣΟΦΊΑ", "ǅ", "\u00a0", "ﬁ", "x".repeat(9000)};
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      int target = r.nextInt(round < 150 ? 400 : 30_000);
      while (b.length() < target) {
        b.append(pieces[r.nextInt(round % 10 == 0 ? pieces.length : pieces.length - 1)]);
      }
      String text = b.toString();
      assertThat(MinHasher.spacedWords(text)).as("round %d", round).isEqualTo(wordsOfNormalizedCopy(text));
      assertThat(h.shingleHashes(text, "ind_Latn")).as("round %d", round)
          .isEqualTo(h.shingleHashes(MinHasher.normalize(text), "ind_Latn"));
    }
    assertThat(h.shingleHashes("x".repeat(50_000), "ind_Latn")).hasSize(1);
    assertThat(h.shingleHashes(" ,.;!? ".repeat(5_000), "ind_Latn")).isEmpty();
  }

  /** The slow definition: split the normalized copy on spaces, hash each word's code points, mix. */
  private static long[] wordsOfNormalizedCopy(String text) {
    return java.util.Arrays.stream(MinHasher.normalize(text).split(" +"))
        .filter(w -> !w.isEmpty())
        .mapToLong(w -> dev.saring.text.TextAnalysis.mix(w.codePoints().asLongStream().reduce(0, (h, c) -> h * 31 + c)))
        .toArray();
  }
}
