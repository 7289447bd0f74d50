package dev.saring.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.text.Lines;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The finder skips spans whose length, first and last char no other span shares; it must count exactly what a
 * plain set does, also for spans that share all three and differ inside ({@code abc}, {@code axc}).
 */
class DuplicateFinderTest {
  private final DuplicateFinder finder = new DuplicateFinder();

  @Test
  void countsFromTheSecondOccurrence_inCodePoints() {
    String text = "satu 𝐀\ndua\nsatu 𝐀\nsatu 𝐀\ntiga";
    Duplicates d = finder.find(text, Lines.newlineRunRanges(text));
    assertThat(d.elements()).isEqualTo(2);
    assertThat(d.chars()).isEqualTo(12);
  }

  @Test
  void spansOfOneLengthThatDiffer_areNotDuplicates_andEmptySpansAre() {
    String text = "abc\nabd\nabe";
    assertThat(finder.find(text, Lines.newlineRunRanges(text))).isEqualTo(Duplicates.NONE);
    String withBlankEnds = "\n\nabc\n\n";
    // re.split("\n+") gives ['', 'abc', '']: the second empty line repeats the first, with no chars.
    assertThat(finder.find(withBlankEnds, Lines.newlineRunRanges(withBlankEnds))).isEqualTo(new Duplicates(1, 0));
  }

  @Test
  void randomLines_sameAnswerAsASet() {
    SplittableRandom random = new SplittableRandom(3);
    String[] pool = {"a", "b", "ab", "ba", "abc", "acb", "axc", "", "xyz", "𝐀", "𝐁", "kata ini", "kata itu"};
    for (int round = 0; round < 2_000; round++) {
      StringBuilder sb = new StringBuilder();
      int lines = random.nextInt(1, 40);
      for (int i = 0; i < lines; i++) {
        sb.append(pool[random.nextInt(pool.length)]).append("\n".repeat(random.nextInt(1, 3)));
      }
      String text = sb.toString();
      for (int[] ranges : new int[][] {Lines.newlineRunRanges(text), Lines.paragraphRanges(text)}) {
        assertThat(finder.find(text, ranges)).as(text).isEqualTo(withASet(text, ranges));
      }
    }
  }

  private static Duplicates withASet(String text, int[] ranges) {
    Set<String> seen = new HashSet<>();
    int elements = 0;
    long chars = 0;
    for (int k = 0; k < ranges.length; k += 2) {
      String s = text.substring(ranges[k], ranges[k + 1]);
      if (!seen.add(s)) {
        elements++;
        chars += s.codePointCount(0, s.length());
      }
    }
    return new Duplicates(elements, chars);
  }
}
