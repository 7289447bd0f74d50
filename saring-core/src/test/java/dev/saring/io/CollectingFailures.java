package dev.saring.io;

import java.util.ArrayList;
import java.util.List;

/** Records what a reader reports, for assertions. */
final class CollectingFailures implements ReadFailures {
  record Failure(String reason, String file, long offset, String message) {}

  final List<Failure> failures = new ArrayList<>();
  final List<String> skipped = new ArrayList<>();

  @Override
  public void failed(String reason, String file, long offset, String message) {
    failures.add(new Failure(reason, file, offset, message));
  }

  @Override
  public void skipped(String reason) {
    skipped.add(reason);
  }

  List<String> reasons() {
    return failures.stream().map(Failure::reason).toList();
  }
}
