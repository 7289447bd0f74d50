package dev.saring.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Python's three ways of splitting lines, which the reference filters' ratios depend on. */
class LinesTest {
  @Test
  void splitLines_breaksAtEveryPythonLineBoundary_crLfIsOne() {
    String text = "a\nb\rc\r\nd\u000Be\u000Cf\u001Cg\u001Dh\u001Ei\u0085j\u2028k\u2029l";
    assertThat(Lines.splitLines(text)).containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
  }

  @Test
  void splitLines_noTrailingEmptyLine_emptyTextHasNone_blankLinesStay() {
    assertThat(Lines.splitLines("satu\n\ndua\n")).containsExactly("satu", "", "dua");
    assertThat(Lines.splitLines("")).isEmpty();
    assertThat(Lines.splitLines("\n")).containsExactly("");
    assertThat(Lines.splitLines("tab\tand\u00A0nbsp\u2003stay")).containsExactly("tab\tand\u00A0nbsp\u2003stay");
  }

  @Test
  void splitOnNewline_andNewlineRuns_differFromSplitLines() {
    assertThat(Lines.splitOnNewline("a\n\nb\n")).containsExactly("a", "", "b", "");
    int[] runs = Lines.newlineRunRanges("\na\n\n\nb");
    assertThat(runs).containsExactly(0, 0, 1, 2, 5, 6);
    assertThat(Lines.paragraphRanges("  a\nb\n\n\nc \n")).containsExactly(2, 5, 8, 9);
  }

  @Test
  void splitLines_randomText_sameAsAPlainReading() {
    SplittableRandom random = new SplittableRandom(5);
    String alphabet = "ab é\n\r\u000B\u000C\u001C\u001D\u001E\u0085\u2028\u2029\u00A0\t日";
    for (int round = 0; round < 5_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      assertThat(Lines.splitLines(text)).as(text).isEqualTo(pythonSplitLines(text));
    }
  }

  /** {@code str.splitlines()} as CPython's documentation states it. */
  private static List<String> pythonSplitLines(String s) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\n\r\u000B\u000C\u001C\u001D\u001E\u0085\u2028\u2029".indexOf(c) >= 0) {
        out.add(s.substring(start, i));
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < s.length()) {
      out.add(s.substring(start));
    }
    return out;
  }
}
