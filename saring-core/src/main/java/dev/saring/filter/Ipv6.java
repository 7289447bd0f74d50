package dev.saring.filter;

/**
 * Strict IPv6 literal parsing, by hand because {@code InetAddress.getByName} may resolve a non-literal
 * through DNS. Accepts eight groups, or a {@code ::}-compressed form with at least three written groups
 * (so {@code 12:30:45}, {@code a::b} and {@code std::vector} are not addresses).
 */
final class Ipv6 {
  private Ipv6() {}

  /** True for a valid literal outside loopback, link-local, unique-local, multicast and documentation. */
  static boolean isPublic(String s) {
    int[] groups = parse(s);
    if (groups == null) {
      return false;
    }
    int g0 = groups[0];
    boolean allZeroButLast = true;
    for (int i = 0; i < 7; i++) {
      allZeroButLast &= groups[i] == 0;
    }
    if (allZeroButLast) {
      return false;
    }
    return !((g0 & 0xFFC0) == 0xFE80 || (g0 & 0xFE00) == 0xFC00 || (g0 & 0xFF00) == 0xFF00
        || (g0 == 0x2001 && groups[1] == 0x0DB8));
  }

  /** The eight 16-bit groups, or null when {@code s} is not a literal this class accepts. */
  static int[] parse(String s) {
    int compress = s.indexOf("::");
    if (compress >= 0 && s.indexOf("::", compress + 1) >= 0) {
      return null;
    }
    String[] head = compress < 0 ? s.split(":", -1) : s.substring(0, compress).split(":", -1);
    String[] tail = compress < 0 ? new String[0] : s.substring(compress + 2).split(":", -1);
    if (compress >= 0 && head.length == 1 && head[0].isEmpty()) {
      head = new String[0];
    }
    if (compress >= 0 && tail.length == 1 && tail[0].isEmpty()) {
      tail = new String[0];
    }
    int written = head.length + tail.length;
    if ((compress < 0 && written != 8) || (compress >= 0 && (written < 3 || written > 7))) {
      return null;
    }
    int[] groups = new int[8];
    for (int i = 0; i < head.length; i++) {
      if ((groups[i] = group(head[i])) < 0) {
        return null;
      }
    }
    for (int i = 0; i < tail.length; i++) {
      if ((groups[8 - tail.length + i] = group(tail[i])) < 0) {
        return null;
      }
    }
    return groups;
  }

  private static int group(String g) {
    if (g.isEmpty() || g.length() > 4) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < g.length(); i++) {
      int d = Character.digit(g.charAt(i), 16);
      if (d < 0) {
        return -1;
      }
      v = (v << 4) | d;
    }
    return v;
  }
}
