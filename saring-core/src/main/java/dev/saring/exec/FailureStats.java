package dev.saring.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * The failures of one reason: how many, and the first few with where they happened.
 *
 * @param count number of failures
 * @param examples up to {@link #MAX_EXAMPLES}, in input order
 */
public record FailureStats(long count, List<Example> examples) {
  /** Examples kept per reason; stats stay small on a crawl with a million bad records. */
  public static final int MAX_EXAMPLES = 5;

  /**
   * One failure.
   *
   * @param file input file name
   * @param offset byte offset of the record or line
   * @param message what went wrong
   */
  public record Example(String file, long offset, String message) {}

  public FailureStats {
    examples = List.copyOf(examples);
  }

  public FailureStats plus(FailureStats o) {
    List<Example> merged = new ArrayList<>(examples);
    for (Example e : o.examples) {
      if (merged.size() < MAX_EXAMPLES) {
        merged.add(e);
      }
    }
    return new FailureStats(count + o.count, merged);
  }
}
