package dev.saring.io;

/**
 * Where a reader reports what it could not turn into documents. The runner counts each report; the reader
 * goes on with the next record where the format allows it.
 */
public interface ReadFailures {
  /**
   * A record or line that should have been a document but is not readable.
   *
   * @param reason stable reason, {@code <format>:<what>} ({@code warc:corrupt_record}, {@code gzip:truncated})
   * @param file the file name
   * @param offset byte offset of the record in the file (compressed for WARC, uncompressed for JSONL)
   * @param message human-readable detail
   */
  void failed(String reason, String file, long offset, String message);

  /** A record that is deliberately not a document (a WARC request, an image); counted, not a failure. */
  void skipped(String reason);

  /** A sink that drops every report, for tools that only want the documents. */
  static ReadFailures ignoring() {
    return new ReadFailures() {
      @Override
      public void failed(String reason, String file, long offset, String message) {}

      @Override
      public void skipped(String reason) {}
    };
  }
}
