package dev.saring.io;

import java.util.Locale;
import java.util.Optional;

/** The input file formats saring reads, recognised by extension after any compression suffix. */
public enum InputFormat {
  /** WARC response and resource records; the payload is kept as HTML for extraction. */
  WARC,
  /** WARC conversion records (Common Crawl WET): text already extracted. */
  WET,
  /** One JSON document per line. */
  JSONL,
  /** Apache Parquet (FineWeb, dolma, RedPajama exports): one document per row. */
  PARQUET,
  /** A plain text file is one document. */
  TEXT,
  /** An HTML file is one document. */
  HTML;

  /** The format of a file name, or empty when saring does not read it. */
  public static Optional<InputFormat> ofFileName(String fileName) {
    String name = Compression.stripExtension(fileName).toLowerCase(Locale.ROOT);
    if (name.endsWith(".wet") || name.endsWith(".warc.wet")) {
      return Optional.of(WET);
    }
    if (name.endsWith(".warc") || name.endsWith(".arc")) {
      return Optional.of(WARC);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return Optional.of(JSONL);
    }
    if (name.endsWith(".parquet")) {
      return Optional.of(PARQUET);
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return Optional.of(TEXT);
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Optional.of(HTML);
    }
    return Optional.empty();
  }

  /** True for formats where each file is one document, which are read in batches of files. */
  public boolean isOneDocumentPerFile() {
    return this == TEXT || this == HTML;
  }
}
