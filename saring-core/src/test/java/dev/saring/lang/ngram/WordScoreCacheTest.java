package dev.saring.lang.ngram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordScoreCacheTest {
  private static int[] word(String s) {
    return s.codePoints().toArray();
  }

  @Test
  void wordsWithTheSameHash_areTwoEntries() {
    WordScoreCache cache = new WordScoreCache(3);
    int a = cache.add(42, word("rumah"), 5, true);
    int b = cache.add(42, word("rumaH"), 5, true);
    assertThat(a).isNotEqualTo(b);
    assertThat(cache.find(42, word("rumah"), 5)).isEqualTo(a);
    assertThat(cache.find(42, word("rumaH"), 5)).isEqualTo(b);
    assertThat(cache.find(42, word("rumahku"), 5)).isEqualTo(a); // only the first length code points count
    assertThat(cache.find(42, word("ruma"), 4)).isEqualTo(-1);
    assertThat(cache.find(43, word("rumah"), 5)).isEqualTo(-1);
  }

  @Test
  void entriesNotKept_haveAVectorButAreNeverFound() {
    WordScoreCache cache = new WordScoreCache(3);
    int e = cache.add(7, word("panjang"), 7, false);
    assertThat(e).isZero();
    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.find(7, word("panjang"), 7)).isEqualTo(-1);
  }

  @Test
  void full_refusesUntilCleared_andReusedVectorsStartAtZero() {
    WordScoreCache cache = new WordScoreCache(2);
    for (int i = 0; i < WordScoreCache.MAX_ENTRIES; i++) {
      int e = cache.add(i * 0x9E3779B97F4A7C15L, new int[] {i}, 1, true);
      assertThat(e).isEqualTo(i);
      cache.vectors()[2 * e] = i + 1;
    }
    assertThat(cache.add(-1, new int[] {-1}, 1, true)).isEqualTo(-1);
    assertThat(cache.find(5 * 0x9E3779B97F4A7C15L, new int[] {5}, 1)).isEqualTo(5);
    cache.clear();
    assertThat(cache.size()).isZero();
    assertThat(cache.find(5 * 0x9E3779B97F4A7C15L, new int[] {5}, 1)).isEqualTo(-1);
    int e = cache.add(99, word("baru"), 4, true);
    assertThat(e).isZero();
    assertThat(cache.vectors()[0]).isZero();
    assertThat(cache.find(99, word("baru"), 4)).isZero();
  }
}
