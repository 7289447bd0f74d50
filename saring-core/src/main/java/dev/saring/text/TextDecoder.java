package dev.saring.text;

import com.ibm.icu.text.CharsetDetector;
import dev.saring.document.Utf8;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a page or text file into a string, choosing the charset the way a careful browser does.
 *
 * <p>Order: a byte-order mark wins; then the HTTP {@code Content-Type} charset; then, for HTML, the page's
 * own {@code <meta>} or XML declaration; then ICU4J's statistical detector. Declarations lie often enough
 * that each is checked against the bytes: a page declared UTF-8 whose bytes are not UTF-8 is detected
 * instead, and a page declared as a single-byte charset whose bytes are valid multi-byte UTF-8 is read as
 * UTF-8 (the most common mislabel on the web). Undecodable bytes become U+FFFD; decoding never fails.
 */
public final class TextDecoder {
  /**
   * ICU's detector scans every byte it is given with every recogniser; 12 KB starting just before the
   * first non-ASCII byte holds what tells charsets apart, and costs a fraction of a whole page.
   */
  private static final int DETECT_WINDOW = 12 * 1024;

  /**
   * A decoded text and how its charset was chosen.
   *
   * @param source one of {@code bom}, {@code http}, {@code meta}, {@code utf8}, {@code detected}
   */
  public record Decoded(String text, Charset charset, String source) {}

  private TextDecoder() {}

  /** Decodes an HTML page; {@code contentType} is the HTTP header value or null. */
  public static Decoded decodeHtml(byte[] bytes, int len, String contentType) {
    return decode(bytes, len, contentType, true);
  }

  /** Decodes plain text; {@code contentType} is the HTTP header value or null. */
  public static Decoded decodeText(byte[] bytes, int len, String contentType) {
    return decode(bytes, len, contentType, false);
  }

  private static Decoded decode(byte[] bytes, int len, String contentType, boolean html) {
    Optional<Decoded> bom = fromBom(bytes, len);
    if (bom.isPresent()) {
      return bom.get();
    }
    Optional<Charset> http = CharsetNames.charsetParameter(contentType).flatMap(CharsetNames::lookup);
    if (http.isPresent()) {
      return checked(bytes, len, http.get(), "http", html);
    }
    if (html) {
      Optional<Charset> meta = HtmlCharsetSniffer.declared(bytes, len).flatMap(CharsetNames::lookup);
      if (meta.isPresent()) {
        return checked(bytes, len, meta.get(), "meta", html);
      }
    }
    if (Utf8.isValid(bytes, 0, len, false)) {
      return new Decoded(new String(bytes, 0, len, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "utf8");
    }
    return detected(bytes, len, html);
  }

  private static Decoded checked(byte[] bytes, int len, Charset declared, String source, boolean html) {
    boolean utf8 = Utf8.isValid(bytes, 0, len, false);
    if (declared.equals(StandardCharsets.UTF_8)) {
      return utf8 ? new Decoded(new String(bytes, 0, len, declared), declared, source)
          : detected(bytes, len, html);
    }
    if (utf8 && isSingleByte(declared) && Utf8.hasNonAscii(bytes, 0, len)) {
      return new Decoded(new String(bytes, 0, len, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "utf8");
    }
    return new Decoded(new String(bytes, 0, len, declared), declared, source);
  }

  private static boolean isSingleByte(Charset cs) {
    String name = cs.name().toLowerCase(java.util.Locale.ROOT);
    return name.startsWith("windows-125") || name.startsWith("iso-8859") || name.startsWith("koi8")
        || name.equals("x-windows-874") || name.startsWith("x-mac");
  }

  private static Decoded detected(byte[] bytes, int len, boolean html) {
    CharsetDetector detector = new CharsetDetector();
    detector.enableInputFilter(html);
    int first = 0;
    while (first < len && bytes[first] >= 0) {
      first++;
    }
    int from = Math.max(0, Math.min(first - 256, len - DETECT_WINDOW));
    byte[] sample = java.util.Arrays.copyOfRange(bytes, from, Math.min(len, from + DETECT_WINDOW));
    detector.setText(sample);
    CharsetMatch match = detector.detect();
    Charset charset = Optional.ofNullable(match).map(CharsetMatch::getName)
        .filter(n -> !n.startsWith("UTF-16") && !n.startsWith("UTF-32"))
        .flatMap(CharsetNames::lookup)
        .orElse(Charset.forName("windows-1252"));
    return new Decoded(new String(bytes, 0, len, charset), charset, "detected");
  }

  private static Optional<Decoded> fromBom(byte[] b, int len) {
    if (len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(new Decoded(new String(b, 3, len - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom"));
    }
    if (len >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(new Decoded(new String(b, 2, len - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom"));
    }
    if (len >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(new Decoded(new String(b, 2, len - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom"));
    }
    return Optional.empty();
  }

  private static final int BINARY_SNIFF = 8192;

  /** NUL bytes, or more than 10% control bytes, in the first 8 KB; UTF-16 with a BOM is text. */
  public static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, BINARY_SNIFF);
    if (n >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      return false;
    }
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control * 10 > n;
  }

}
