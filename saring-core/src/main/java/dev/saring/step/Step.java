package dev.saring.step;

import dev.saring.document.Document;

/**
 * One transform, annotator or filter over a single document.
 *
 * <p>A transform rewrites {@link Document#text()}, an annotator adds metadata, a filter returns
 * {@link Verdict#drop(String)}. A step must not throw on any input text: bad data is a
 * {@link Verdict#fail(String)} with a reason. Instances are used by one thread at a time.
 */
public interface Step {
  /** The registry name of the step, e.g. {@code gopher_repetition}; reasons are counted under it. */
  String name();

  /** Looks at {@code doc}, may change it, and says what becomes of it. */
  Verdict apply(Document doc);
}
