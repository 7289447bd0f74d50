package dev.saring.text;

import java.util.Optional;

/**
 * Finds the charset an HTML page declares in its first bytes: {@code <meta charset=…>},
 * {@code <meta http-equiv="Content-Type" content="…; charset=…">} or an XML declaration's encoding.
 *
 * <p>Written by hand because the HTML prescan has to run on raw bytes before any decoding; jsoup does the
 * same internally but does not expose it. This is a simplified form of the WHATWG prescan: it scans a
 * bounded window, treats bytes as ASCII, and ignores meta tags inside comments only loosely, which is what
 * real pages need.
 */
final class HtmlCharsetSniffer {
  /** Pages put their meta tag after long inline scripts and styles; 1 KB (the spec's number) misses many. */
  static final int WINDOW = 16 * 1024;

  private HtmlCharsetSniffer() {}

  /** The declared charset label, lowercase, or empty. */
  static Optional<String> declared(byte[] bytes, int len) {
    int end = Math.min(len, WINDOW);
    Optional<String> xml = xmlEncoding(bytes, end);
    if (xml.isPresent()) {
      return xml;
    }
    for (int i = indexOfIgnoreCase(bytes, 0, end, "<meta"); i >= 0;
        i = indexOfIgnoreCase(bytes, i + 5, end, "<meta")) {
      int close = indexOf(bytes, i, end, (byte) '>');
      int tagEnd = close < 0 ? end : close;
      Optional<String> label = charsetIn(bytes, i + 5, tagEnd);
      if (label.isPresent()) {
        return label;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> xmlEncoding(byte[] bytes, int end) {
    int start = 0;
    while (start < end && (bytes[start] == ' ' || bytes[start] == '\n' || bytes[start] == '\r'
        || bytes[start] == '\t')) {
      start++;
    }
    if (indexOfIgnoreCase(bytes, start, Math.min(end, start + 5), "<?xml") != start) {
      return Optional.empty();
    }
    int close = indexOf(bytes, start, end, (byte) '>');
    int at = indexOfIgnoreCase(bytes, start, close < 0 ? end : close, "encoding");
    return at < 0 ? Optional.empty() : readLabel(bytes, at + 8, close < 0 ? end : close);
  }

  private static Optional<String> charsetIn(byte[] bytes, int from, int to) {
    int at = indexOfIgnoreCase(bytes, from, to, "charset");
    return at < 0 ? Optional.empty() : readLabel(bytes, at + 7, to);
  }

  private static Optional<String> readLabel(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to && (bytes[i] == ' ' || bytes[i] == '=' || bytes[i] == '"' || bytes[i] == '\'')) {
      i++;
    }
    int start = i;
    while (i < to && bytes[i] > 0 && CharsetNames.isLabelChar((char) bytes[i])) {
      i++;
    }
    if (i == start) {
      return Optional.empty();
    }
    return Optional.of(new String(bytes, start, i - start, java.nio.charset.StandardCharsets.US_ASCII)
        .toLowerCase(java.util.Locale.ROOT));
  }

  static int indexOf(byte[] bytes, int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** Index of ASCII {@code needle} (given in lower case) in {@code bytes[from, to)}, ignoring case. */
  static int indexOfIgnoreCase(byte[] bytes, int from, int to, String needle) {
    int n = needle.length();
    outer:
    for (int i = from; i <= to - n; i++) {
      for (int k = 0; k < n; k++) {
        int b = bytes[i + k];
        if (b >= 'A' && b <= 'Z') {
          b += 32;
        }
        if (b != needle.charAt(k)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
