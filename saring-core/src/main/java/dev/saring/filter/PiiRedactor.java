package dev.saring.filter;

import dev.saring.document.Document;
import dev.saring.step.Step;
import dev.saring.step.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step {@code pii}: replaces e-mail addresses, public IP addresses and phone numbers with fixed
 * placeholders, and counts what it replaced in {@code metadata.pii_redacted}.
 *
 * <ul>
 *   <li>E-mail: {@code local@domain.tld}, a local part of up to 64 characters, a top-level domain of letters.
 *   <li>IPv4: four octets 0-255 without leading zeros, not part of a longer dotted number, not preceded by a
 *       version word ({@code version}, {@code versi}, {@code build}, {@code release}, {@code v}); private,
 *       loopback, link-local, shared, multicast, reserved and documentation ranges are left as they are.
 *   <li>IPv6: eight groups, or a {@code ::}-compressed form with at least three groups ({@link Ipv6});
 *       loopback, link-local, unique-local, multicast and documentation ({@code 2001:db8::/32}) are left.
 *   <li>Phone: international ({@code +62 812-3456-7890}), parenthesised area codes ({@code (021) 555-1234}),
 *       dashed or spaced national numbers starting with 0 ({@code 0812-3456-7890}), North American
 *       ({@code 555-123-4567}) and unbroken Indonesian and Malaysian mobiles ({@code 081234567890});
 *       9 to 15 digits.
 * </ul>
 * Placeholders are reserved documentation values ({@code 192.0.2.1}, {@code 2001:db8::1}), so a second
 * pass changes nothing.
 *
 * <p>Candidates are found by hand-written scans anchored on {@code @}, digits and colons; the phone pattern
 * is only tried at candidate starts. Searching whole documents with the patterns cost more than all
 * other filters together.
 */
public final class PiiRedactor implements Step {
  /** Options: what to replace and with what. */
  public record Options(boolean emails, boolean ips, boolean phones, String emailReplacement,
      String ipv4Replacement, String ipv6Replacement, String phoneReplacement) {
    public static final Options DEFAULTS = new Options(true, true, true, "email@example.com", "192.0.2.1",
        "2001:db8::1", "+1-555-0100");
  }

  private static final Pattern PHONE = Pattern.compile(String.join("|",
      "\\+\\d{1,3}(?:[ .-]?\\(?\\d{1,4}\\)?){2,6}(?!\\w)",
      "\\(\\d{2,4}\\)[ .-]?\\d{3,4}[ .-]?\\d{3,4}(?!\\w)",
      "0\\d{2,4}[ .-]\\d{3,4}[ .-]\\d{3,5}(?![\\w-])",
      "\\d{3}[.-]\\d{3}[.-]\\d{4}(?![\\w-])",
      "(?:\\+62|\\+60|0)(?:8[1-9]\\d{7,10}|1\\d{8,9})(?!\\d)"));
  private static final Pattern VERSION_WORD =
      Pattern.compile("(?:^|[^\\p{L}])(?:version|versi|versión|ver|build|release|v)\\.?\\s*$");

  /** Chars a phone number can start with: digits, {@code +} and {@code (}. */
  private static final boolean[] PHONE_START = new boolean[Character.MAX_VALUE + 1];

  static {
    for (char c = '0'; c <= '9'; c++) {
      PHONE_START[c] = true;
    }
    PHONE_START['+'] = true;
    PHONE_START['('] = true;
  }

  /** A span to replace. */
  private record Hit(int start, int end, String kind, String with) {}

  private final Options options;
  private final dev.saring.text.ReusedChars reused = new dev.saring.text.ReusedChars();

  public PiiRedactor(Options options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "pii";
  }

  @Override
  public Verdict apply(Document doc) {
    String text = doc.text();
    List<Hit> hits = new ArrayList<>();
    if (options.emails()) {
      emails(text, hits);
    }
    if (options.ips()) {
      ipv4(text, hits);
      ipv6(text, hits);
    }
    if (options.phones()) {
      phones(text, hits);
    }
    if (hits.isEmpty()) {
      return Verdict.KEEP;
    }
    hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
    StringBuilder out = new StringBuilder(text.length());
    Map<String, Object> counts = new LinkedHashMap<>();
    int last = 0;
    for (Hit h : hits) {
      if (h.start() < last) {
        continue;
      }
      out.append(text, last, h.start()).append(h.with());
      counts.merge(h.kind(), 1, (a, b) -> (Integer) a + (Integer) b);
      last = h.end();
    }
    doc.text(out.append(text, last, text.length()).toString());
    doc.metadata().put("pii_redacted", counts);
    return Verdict.KEEP;
  }

  private void emails(String t, List<Hit> hits) {
    for (int at = t.indexOf('@'); at >= 0; at = t.indexOf('@', at + 1)) {
      int l = at;
      while (l > 0 && isLocal(t.charAt(l - 1)) && at - l < 64) {
        l--;
      }
      if (l == at || (l > 0 && (isLocal(t.charAt(l - 1)) || Character.isLetterOrDigit(t.charAt(l - 1))))) {
        continue;
      }
      int end = domainEnd(t, at + 1);
      if (end > 0) {
        hits.add(new Hit(l, end, "email", options.emailReplacement()));
      }
    }
  }

  /** End of a {@code label(.label)*.tld} domain starting at {@code i}, or -1. */
  private static int domainEnd(String t, int i) {
    int end = i;
    int lastDot = -1;
    while (end < t.length() && (isAsciiAlnum(t.charAt(end)) || t.charAt(end) == '-' || t.charAt(end) == '.')) {
      if (t.charAt(end) == '.') {
        lastDot = end;
      }
      end++;
    }
    while (end > i && (t.charAt(end - 1) == '.' || t.charAt(end - 1) == '-')) {
      end--;
    }
    if (lastDot >= end) {
      lastDot = t.lastIndexOf('.', end - 1);
    }
    if (lastDot <= i || end < t.length() && (Character.isLetterOrDigit(t.charAt(end)) || t.charAt(end) == '_')) {
      return -1;
    }
    int tld = end - lastDot - 1;
    if (tld < 2 || tld > 24) {
      return -1;
    }
    for (int k = lastDot + 1; k < end; k++) {
      if (!Character.isLetter(t.charAt(k)) || t.charAt(k) > 127) {
        return -1;
      }
    }
    return end;
  }

  /** Anchored on dots: an address has three, each between digits. */
  private void ipv4(String t, List<Hit> hits) {
    int n = t.length();
    int skipTo = 0;
    for (int dot = t.indexOf('.'); dot >= 0; dot = t.indexOf('.', dot + 1)) {
      if (dot < skipTo || dot == 0 || !isDigit(t.charAt(dot - 1)) || dot + 1 >= n || !isDigit(t.charAt(dot + 1))) {
        continue;
      }
      int i = dot - 1;
      while (i > 0 && isDigit(t.charAt(i - 1)) && dot - i < 3) {
        i--;
      }
      if (i > 0 && (isWord(t.charAt(i - 1)) || t.charAt(i - 1) == '.')) {
        continue;
      }
      int[] octets = new int[4];
      int j = i;
      int k = 0;
      boolean leadingZero = false;
      while (k < 4) {
        int start = j;
        while (j < n && isDigit(t.charAt(j)) && j - start < 4) {
          j++;
        }
        int len = j - start;
        if (len == 0 || len > 3) {
          break;
        }
        leadingZero |= len > 1 && t.charAt(start) == '0';
        octets[k++] = Integer.parseInt(t, start, j, 10);
        if (k < 4) {
          if (j >= n || t.charAt(j) != '.') {
            break;
          }
          j++;
        }
      }
      boolean followed = j < n && (isWord(t.charAt(j))
          || (t.charAt(j) == '.' && j + 1 < n && isDigit(t.charAt(j + 1))));
      if (k == 4 && !followed && !leadingZero && isPublic(octets) && !afterVersionWord(t, i)) {
        hits.add(new Hit(i, j, "ipv4", options.ipv4Replacement()));
      }
      skipTo = j;
    }
  }

  private static boolean isPublic(int[] o) {
    for (int v : o) {
      if (v > 255) {
        return false;
      }
    }
    int a = o[0];
    int b = o[1];
    return !(a == 0 || a == 10 || a == 127 || a >= 224
        || (a == 100 && b >= 64 && b <= 127) || (a == 169 && b == 254) || (a == 172 && b >= 16 && b <= 31)
        || (a == 192 && b == 168) || (a == 192 && b == 0 && (o[2] == 0 || o[2] == 2))
        || (a == 198 && (b == 18 || b == 19)) || (a == 198 && b == 51 && o[2] == 100)
        || (a == 203 && b == 0 && o[2] == 113));
  }

  /** "version 1.2.3.4", "versi 10.0.0.1", "build 5.1.2.600": a version, not an address. */
  private static boolean afterVersionWord(String text, int start) {
    String before = text.substring(Math.max(0, start - 14), start).toLowerCase(Locale.ROOT);
    return VERSION_WORD.matcher(before).find();
  }

  /** Anchored on colons: a candidate is the run of hex digits and colons around one. */
  private void ipv6(String t, List<Hit> hits) {
    int n = t.length();
    int skipTo = 0;
    for (int colon = t.indexOf(':'); colon >= 0; colon = t.indexOf(':', colon + 1)) {
      if (colon < skipTo) {
        continue;
      }
      int i = colon;
      while (i > 0 && colon - i < 39 && (isHex(t.charAt(i - 1)) || t.charAt(i - 1) == ':')) {
        i--;
      }
      int j = colon;
      int colons = 0;
      while (j < n && j - i < 40 && (isHex(t.charAt(j)) || t.charAt(j) == ':')) {
        colons += t.charAt(j) == ':' ? 1 : 0;
        j++;
      }
      skipTo = j;
      boolean bounded = (i == 0 || !(isWord(t.charAt(i - 1)) || t.charAt(i - 1) == '.'))
          && (j >= n || !(isWord(t.charAt(j)) || t.charAt(j) == ':'));
      if (colons >= 2 && bounded && Ipv6.isPublic(t.substring(i, j))) {
        hits.add(new Hit(i, j, "ipv6", options.ipv6Replacement()));
      }
    }
  }

  private void phones(String t, List<Hit> hits) {
    // Scanned through a char array: String.charAt checks the coder and the bounds at every char.
    char[] chars = reused.of(t);
    Matcher m = PHONE.matcher(t);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    int n = t.length();
    for (int i = 0; i < n; i++) {
      // A tight loop over a table: a test of each char's range inside the main loop mispredicted at every
      // word's edge and cost 3 ns per char, more than the rest of the PII step together.
      while (i < n && !PHONE_START[chars[i]]) {
        i++;
      }
      if (i == n) {
        break;
      }
      char c = chars[i];
      boolean start = isDigit(c) || ((c == '+' || c == '(') && i + 1 < n && isDigit(chars[i + 1]));
      if (!start || (i > 0 && (isWord(chars[i - 1]) || "+(.-".indexOf(chars[i - 1]) >= 0))) {
        while (start && i + 1 < n && isDigit(chars[i + 1])) {
          i++;
        }
        continue;
      }
      int end = i;
      int spanDigits = 0;
      for (char e; end < n && end - i < 28 && isPhoneChar(e = chars[end]); end++) {
        spanDigits += isDigit(e) ? 1 : 0;
      }
      // A match is a prefix of the span, so a span under nine digits (years, prices, dates) needs no regex.
      if (spanDigits < 9) {
        while (i + 1 < n && isDigit(chars[i + 1])) {
          i++;
        }
        continue;
      }
      m.region(i, end);
      if (m.lookingAt() && digits(m.group()) >= 9 && digits(m.group()) <= 15) {
        hits.add(new Hit(i, m.end(), "phone", options.phoneReplacement()));
        i = m.end() - 1;
      } else {
        while (i + 1 < n && isDigit(chars[i + 1])) {
          i++;
        }
      }
    }
  }

  private static int digits(String s) {
    int d = 0;
    for (int i = 0; i < s.length(); i++) {
      d += isDigit(s.charAt(i)) ? 1 : 0;
    }
    return d;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isAsciiAlnum(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isLocal(char c) {
    return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  /** The characters a phone number may hold: {@code 0-9}, space, {@code . - ( ) +}. */
  private static boolean isPhoneChar(char c) {
    return (c >= '0' && c <= '9') || c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || c == '+';
  }

  private static boolean isWord(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    // The class table answers letters without Character.getType, which phones asked for at every digit run
    // after non-ASCII text.
    return dev.saring.text.Chars.isLetter(c) || Character.isDigit(c);
  }
}
