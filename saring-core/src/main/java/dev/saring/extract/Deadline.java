package dev.saring.extract;

/**
 * A per-page time budget, checked every few thousand DOM nodes so the check costs nothing on normal pages.
 */
final class Deadline {
  /** Thrown when a page exceeds its budget; the step turns it into {@code failed:extract_timeout}. */
  static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded(long millis) {
      super("extraction exceeded " + millis + " ms", null, false, false);
    }
  }

  private final long endNanos;
  private final long millis;
  private int ticks;

  Deadline(long millis) {
    this.millis = millis;
    this.endNanos = millis <= 0 ? Long.MAX_VALUE : System.nanoTime() + millis * 1_000_000L;
  }

  /** Counts one unit of work; every 4,096th checks the clock. */
  void tick() {
    if ((++ticks & 0xFFF) == 0) {
      check();
    }
  }

  void check() {
    if (System.nanoTime() > endNanos) {
      throw new Exceeded(millis);
    }
  }
}
