package dev.saring.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Line splitting with the exact semantics the reference filters use, since their ratios divide by
 * line counts: Python's {@code str.splitlines()}, {@code str.split("\n")} and
 * {@code re.split("\n{2,}")} all count lines differently.
 */
public final class Lines {
  private Lines() {}

  /** {@code str.split("\n")}: always at least one element; a trailing newline gives a trailing empty line. */
  public static List<String> splitOnNewline(String text) {
    return substrings(text, splitOnNewlineRanges(text));
  }

  /** Joins lines, keeping paragraph breaks but never two blank lines in a row or at the edges. */
  public static String joinCollapsingBlankLines(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    boolean pendingBlank = false;
    for (String line : lines) {
      if (line.isBlank()) {
        pendingBlank = sb.length() > 0;
        continue;
      }
      if (sb.length() > 0) {
        sb.append(pendingBlank ? "\n\n" : "\n");
      }
      sb.append(line);
      pendingBlank = false;
    }
    return sb.toString();
  }

  /**
   * {@code str.splitlines()}: breaks at \n, \r\n, \r, \v, \f, \x1c-\x1e, \x85, U+2028 and U+2029; no
   * trailing empty line; an empty text has no lines.
   */
  public static List<String> splitLines(String text) {
    return substrings(text, splitLinesRanges(text.toCharArray(), text.length()));
  }

  private static List<String> substrings(String text, int[] ranges) {
    List<String> out = new ArrayList<>(ranges.length / 2);
    for (int k = 0; k < ranges.length; k += 2) {
      out.add(text.substring(ranges[k], ranges[k + 1]));
    }
    return out;
  }

  /**
   * The spans of {@link #splitLines} of a text whose chars the caller holds in {@code chars[0, n)}, as
   * {@code [start0, end0, start1, end1, …]}, without building strings.
   */
  public static int[] splitLinesRanges(char[] chars, int n) {
    int[] out = new int[16];
    int k = 0;
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c < 0x85 && c > 0x1E) {
        continue;
      }
      if (isPythonLineBreak(c)) {
        out = room(out, k);
        out[k++] = start;
        out[k++] = i;
        if (c == '\r' && i + 1 < n && chars[i + 1] == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      out = room(out, k);
      out[k++] = start;
      out[k++] = n;
    }
    return java.util.Arrays.copyOf(out, k);
  }

  /** The spans of {@link #splitOnNewline}, as {@code [start0, end0, …]}: at least one, maybe empty. */
  public static int[] splitOnNewlineRanges(String text) {
    int[] out = new int[16];
    int k = 0;
    int start = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      out = room(out, k);
      out[k++] = start;
      out[k++] = i;
      start = i + 1;
    }
    out = room(out, k);
    out[k++] = start;
    out[k++] = text.length();
    return java.util.Arrays.copyOf(out, k);
  }

  private static int[] room(int[] out, int k) {
    return k + 2 > out.length ? java.util.Arrays.copyOf(out, out.length * 2) : out;
  }

  /**
   * The spans of {@code re.split("\n+", text)}, as {@code [start0, end0, start1, end1, …]}: runs of
   * newlines are one break; leading or trailing ones give empty spans.
   */
  public static int[] newlineRunRanges(String text) {
    return runRanges(text, 0, text.length(), 1);
  }

  /**
   * The spans of {@code re.split("\n{2,}", text.strip())}, as {@code [start0, end0, …]}: paragraphs
   * separated by blank lines.
   */
  public static int[] paragraphRanges(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return runRanges(text, start, end, 2);
  }

  private static int[] runRanges(String text, int from, int to, int minRun) {
    int[] out = new int[16];
    int n = 0;
    int start = from;
    int i = from;
    while (i < to) {
      // indexOf is a vectorized intrinsic; a charAt loop was the scan's whole cost.
      i = text.indexOf('\n', i);
      if (i < 0 || i >= to) {
        break;
      }
      int run = i;
      while (run < to && text.charAt(run) == '\n') {
        run++;
      }
      if (run - i >= minRun) {
        out = room(out, n);
        out[n++] = start;
        out[n++] = i;
        start = run;
      }
      i = run;
    }
    out = room(out, n);
    out[n++] = start;
    out[n++] = to;
    return java.util.Arrays.copyOf(out, n);
  }

  private static boolean isPythonLineBreak(char c) {
    if (c < 0x85) {
      return c <= 0x1E && (c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c >= '\u001C');
    }
    return c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** Python's {@code str.strip() == ""}: nothing but whitespace. */
  public static boolean isBlank(String line) {
    return line.isBlank();
  }
}
