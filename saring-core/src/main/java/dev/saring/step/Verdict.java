package dev.saring.step;

import java.util.Objects;

/**
 * What a step decided about a document.
 *
 * <ul>
 *   <li>{@link #KEEP}: the document goes on to the next step;
 *   <li>{@link #drop(String)}: the document is removed for a quality reason and written to
 *       {@code removed/} with it ({@code dup_line_frac});
 *   <li>{@link #fail(String)}: the document could not be processed ({@code extract_timeout}); it is
 *       counted under {@code failed}, not under a filter's removals.
 * </ul>
 */
public record Verdict(Kind kind, String reason) {
  /** The three outcomes of a step. */
  public enum Kind { KEEP, DROP, FAIL }

  /** Go on. */
  public static final Verdict KEEP = new Verdict(Kind.KEEP, "");

  public Verdict {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    if (kind != Kind.KEEP && reason.isEmpty()) {
      throw new IllegalArgumentException(kind + " needs a reason");
    }
  }

  /** Removes the document for {@code reason}, named after the threshold it failed. */
  public static Verdict drop(String reason) {
    return new Verdict(Kind.DROP, reason);
  }

  /** Counts the document as failed for {@code reason}. */
  public static Verdict fail(String reason) {
    return new Verdict(Kind.FAIL, reason);
  }

  public boolean kept() {
    return kind == Kind.KEEP;
  }
}
