package dev.saring.io;

/**
 * How inputs are read; the {@code reader:} mapping of a pipeline file.
 *
 * @param textField JSONL field holding the text ({@code text})
 * @param idField JSONL field holding the id ({@code id})
 * @param maxRecordMb largest record, line or file accepted, decompressed; larger ones fail with
 *     {@code record_too_large} and are skipped without being held in memory
 * @param acceptPlainText also read WARC responses served as {@code text/plain}, not only HTML
 * @param allStatuses also read WARC responses whose HTTP status is not 2xx (error pages are mostly noise)
 * @param filesPerBatch loose text or HTML files per shard
 */
public record ReaderOptions(String textField, String idField, int maxRecordMb, boolean acceptPlainText,
    boolean allStatuses, int filesPerBatch) {
  /** The defaults. */
  public static final ReaderOptions DEFAULTS = new ReaderOptions("text", "id", 16, true, false, 1000);

  public ReaderOptions {
    if (maxRecordMb < 1 || maxRecordMb > 1024) {
      throw new IllegalArgumentException("max_record_mb must be in 1..1024: " + maxRecordMb);
    }
    if (filesPerBatch < 1) {
      throw new IllegalArgumentException("files_per_batch must be >= 1: " + filesPerBatch);
    }
    new dev.saring.document.JsonFields(idField, textField);
  }

  /** The record size cap in bytes. */
  public int maxRecordBytes() {
    return (int) Math.min(Integer.MAX_VALUE - 16, maxRecordMb * 1024L * 1024L);
  }

  public dev.saring.document.JsonFields jsonFields() {
    return new dev.saring.document.JsonFields(idField, textField);
  }
}
