package dev.saring.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongCountTableTest {
  @Test
  void counts_matchAMap_acrossResetsGrowthAndShrinking() {
    LongCountTable table = new LongCountTable();
    SplittableRandom random = new SplittableRandom(7);
    int[] sizes = {10, 3_000, 5, 2_000_000, 40, 0, 70_000, 1};
    for (int round = 0; round < sizes.length; round++) {
      int keys = sizes[round];
      // Half of the rounds under-declare their keys, so the table has to grow mid-document.
      table.reset(round % 2 == 0 ? keys : keys / 10);
      Map<Long, Integer> expected = new HashMap<>();
      for (int i = 0; i < keys * 2; i++) {
        long key = random.nextInt(Math.max(1, keys)) * 0x10000L;
        int got = table.increment(key);
        assertThat(got).isEqualTo(expected.merge(key, 1, Integer::sum));
      }
      for (Map.Entry<Long, Integer> e : expected.entrySet()) {
        assertThat(table.count(e.getKey())).isEqualTo(e.getValue());
      }
      assertThat(table.count(-1L)).as("a key never added in this document").isZero();
    }
  }

  @Test
  void slotsFromAdd_readTheSameCountsAsLookups_whileTheTableDoesNotGrow() {
    LongCountTable table = new LongCountTable();
    table.reset(100);
    long[] keys = {0L, 1L, 1L << 40, 0L, 7L, 0L};
    int[] slots = new int[keys.length];
    int grows = table.grows();
    for (int i = 0; i < keys.length; i++) {
      slots[i] = table.add(keys[i]);
    }
    assertThat(table.grows()).isEqualTo(grows);
    assertThat(table.countAt(slots[0])).isEqualTo(3).isEqualTo(table.count(0L));
    assertThat(table.countAt(slots[2])).isEqualTo(1);
  }

  @Test
  void upTo4096Keys_allDistinct_neverGrow() {
    LongCountTable table = new LongCountTable();
    for (int keys : new int[] {1, 9, 100, 1_000, 4_096}) {
      table.reset(keys);
      int grows = table.grows();
      for (int i = 0; i < keys; i++) {
        table.add(i * 0x9E3779B97F4A7C15L);
      }
      assertThat(table.grows()).as("%d keys", keys).isEqualTo(grows);
    }
  }

  @Test
  void aResetForgetsTheLastDocument() {
    LongCountTable table = new LongCountTable();
    table.reset(4);
    table.increment(42L);
    table.reset(4);
    assertThat(table.count(42L)).isZero();
    assertThat(table.increment(42L)).isEqualTo(1);
  }
}
