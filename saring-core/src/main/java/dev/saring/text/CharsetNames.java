package dev.saring.text;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Charset labels as browsers read them: the WHATWG Encoding Standard maps several legacy labels to their
 * superset (a page labelled ISO-8859-1 is decoded as windows-1252), and pages follow browsers, not the RFCs.
 */
final class CharsetNames {
  private static final Map<String, String> WHATWG_SUPERSETS = Map.ofEntries(
      Map.entry("iso-8859-1", "windows-1252"),
      Map.entry("iso8859-1", "windows-1252"),
      Map.entry("latin1", "windows-1252"),
      Map.entry("l1", "windows-1252"),
      Map.entry("us-ascii", "windows-1252"),
      Map.entry("ascii", "windows-1252"),
      Map.entry("iso-8859-9", "windows-1254"),
      Map.entry("latin5", "windows-1254"),
      Map.entry("iso-8859-11", "x-windows-874"),
      Map.entry("tis-620", "x-windows-874"),
      Map.entry("windows-874", "x-windows-874"),
      Map.entry("gb2312", "GBK"),
      Map.entry("gb_2312-80", "GBK"),
      Map.entry("x-gbk", "GBK"),
      Map.entry("euc-kr", "x-windows-949"),
      Map.entry("ks_c_5601-1987", "x-windows-949"),
      Map.entry("shift_jis", "windows-31j"),
      Map.entry("shift-jis", "windows-31j"),
      Map.entry("sjis", "windows-31j"),
      Map.entry("x-sjis", "windows-31j"),
      Map.entry("big5", "Big5-HKSCS"),
      Map.entry("utf8", "UTF-8"),
      Map.entry("unicode-1-1-utf-8", "UTF-8"));

  private CharsetNames() {}

  /** The charset a browser would use for {@code label}, or empty when Java does not know it. */
  static Optional<Charset> lookup(String label) {
    if (label == null) {
      return Optional.empty();
    }
    String key = label.trim().toLowerCase(Locale.ROOT);
    if (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'')) {
      key = key.substring(1, key.length() - 1).trim();
    }
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String name = WHATWG_SUPERSETS.getOrDefault(key, key);
    // UTF-16 labels in a byte-oriented declaration are lies: the declaration itself was read as ASCII.
    if (name.startsWith("utf-16") || name.startsWith("utf-32")) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    try {
      return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  /** The {@code charset} parameter of a Content-Type value: {@code text/html; charset=UTF-8} gives UTF-8. */
  static Optional<String> charsetParameter(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    String lower = contentType.toLowerCase(Locale.ROOT);
    int at = lower.indexOf("charset");
    if (at < 0) {
      return Optional.empty();
    }
    int i = at + "charset".length();
    while (i < lower.length() && (lower.charAt(i) == ' ' || lower.charAt(i) == '=')) {
      i++;
    }
    int start = i;
    while (i < lower.length() && isLabelChar(lower.charAt(i))) {
      i++;
    }
    return i > start ? Optional.of(lower.substring(start, i)) : Optional.empty();
  }

  static boolean isLabelChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '_' || c == ':' || c == '.';
  }
}
