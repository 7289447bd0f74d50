package dev.saring.spam;

import com.google.common.hash.Hashing;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Domains and URL prefixes from block or allow lists, in the formats users bring: plain domains (one per
 * line, as in UT1's {@code domains} files and TrustPositif exports), hosts files ({@code 0.0.0.0 example.com}),
 * adblock domain rules ({@code ||example.com^}, as Blocklist-Project also ships), and UT1 {@code urls} entries
 * ({@code example.com/path}). Comments ({@code #}, {@code !}) and blank lines are skipped.
 *
 * <p>Entries are kept as sorted 64-bit fingerprints, so UT1's adult list (millions of domains) costs tens of
 * megabytes, not a set of strings; the chance that an unlisted domain collides is about n / 2^64.
 */
public final class DomainList {
  private final long[] domains;
  private final long[] urlPrefixes;

  private DomainList(long[] domains, long[] urlPrefixes) {
    this.domains = domains;
    this.urlPrefixes = urlPrefixes;
  }

  public static DomainList empty() {
    return new DomainList(new long[0], new long[0]);
  }

  /** Reads every file; a line that is no domain is skipped and counted in {@code skipped}. */
  public static DomainList load(List<Path> files) {
    LongList d = new LongList();
    LongList u = new LongList();
    for (Path file : files) {
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String entry = entry(line);
          if (entry == null) {
            continue;
          }
          if (entry.indexOf('/') > 0) {
            u.add(fingerprint(stripTrailingSlash(entry)));
          } else {
            d.add(fingerprint(entry));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read domain list " + file + ": " + e.getMessage(), e);
      }
    }
    return new DomainList(d.sorted(), u.sorted());
  }

  /** The domain or URL prefix of one list line, lower-cased, or null for comments and junk. */
  static String entry(String raw) {
    String s = raw.strip();
    int hash = s.indexOf('#');
    if (hash >= 0) {
      s = s.substring(0, hash).strip();
    }
    if (s.isEmpty() || s.startsWith("!") || s.startsWith("[")) {
      return null;
    }
    if (s.startsWith("||")) {
      s = s.substring(2);
      int caret = s.indexOf('^');
      s = caret >= 0 ? s.substring(0, caret) : s;
    }
    String[] parts = s.split("\\s+");
    if (parts.length >= 2 && (parts[0].equals("0.0.0.0") || parts[0].equals("127.0.0.1") || parts[0].equals("::"))) {
      s = parts[1];
    } else if (parts.length != 1) {
      return null;
    }
    s = s.toLowerCase(Locale.ROOT);
    s = s.replaceFirst("^[a-z]+://", "");
    if (s.startsWith("www.")) {
      s = s.substring(4);
    }
    if (s.equals("localhost") || s.indexOf('.') < 0 || s.startsWith(".")) {
      return null;
    }
    return s;
  }

  /** Whether {@code host} or any parent domain of it is listed. */
  public boolean containsHost(String host) {
    if (domains.length == 0 || host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    while (true) {
      if (Arrays.binarySearch(domains, fingerprint(h)) >= 0) {
        return true;
      }
      int dot = h.indexOf('.');
      if (dot < 0 || h.indexOf('.', dot + 1) < 0) {
        return false;
      }
      h = h.substring(dot + 1);
    }
  }

  /** Whether a listed URL prefix ({@code host/path}) starts {@code hostAndPath} at a path boundary. */
  public boolean containsUrl(String hostAndPath) {
    if (urlPrefixes.length == 0) {
      return false;
    }
    String s = hostAndPath.toLowerCase(Locale.ROOT);
    if (s.startsWith("www.")) {
      s = s.substring(4);
    }
    for (int i = s.indexOf('/'); i > 0; i = s.indexOf('/', i + 1)) {
      if (Arrays.binarySearch(urlPrefixes, fingerprint(s.substring(0, i))) >= 0) {
        return true;
      }
    }
    return Arrays.binarySearch(urlPrefixes, fingerprint(stripTrailingSlash(s))) >= 0;
  }

  public int size() {
    return domains.length + urlPrefixes.length;
  }

  private static String stripTrailingSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private static long fingerprint(String s) {
    return Hashing.farmHashFingerprint64().hashString(s, StandardCharsets.UTF_8).asLong();
  }

  private static final class LongList {
    long[] values = new long[1024];
    int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    long[] sorted() {
      long[] out = Arrays.copyOf(values, size);
      Arrays.sort(out);
      return out;
    }
  }
}
