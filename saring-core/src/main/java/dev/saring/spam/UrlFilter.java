package dev.saring.spam;

import com.google.common.net.InternetDomainName;
import dev.saring.document.Document;
import dev.saring.step.Step;
import dev.saring.step.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Step {@code url_filter}: drops pages by their URL before anything costly runs. Reasons:
 * {@code blocked_domain} and {@code blocked_url} (the user's block lists; an allow-listed host or parent
 * domain wins), {@code banned_word} (a whole word of the URL), {@code banned_subword} (a substring of the
 * URL with separators removed), {@code soft_banned_words} (two different soft words). Adds
 * {@code metadata.domain}, the registered domain from the public suffix list ({@code news.detik.com} ->
 * {@code detik.com}, {@code bps.go.id} -> {@code bps.go.id}). Documents without a URL pass.
 */
public final class UrlFilter implements Step {
  /**
   * Options.
   *
   * @param blockLists domain or URL list files (plain, hosts, adblock or UT1 format)
   * @param allowLists lists in the same formats whose hosts are never dropped
   * @param bannedWords use the built-in URL words ({@code url-words.tsv})
   * @param extraWords more whole words that ban a URL
   * @param softThreshold different soft words that ban a URL together
   */
  public record Options(List<String> blockLists, List<String> allowLists, boolean bannedWords,
      List<String> extraWords, int softThreshold) {
    public static final Options DEFAULTS = new Options(List.of(), List.of(), true, List.of(), 2);

    public Options {
      blockLists = List.copyOf(blockLists);
      allowLists = List.copyOf(allowLists);
      extraWords = List.copyOf(extraWords);
      if (softThreshold < 1) {
        throw new IllegalArgumentException("soft_threshold must be >= 1: " + softThreshold);
      }
    }
  }

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Options options;
  private final DomainList blocked;
  private final DomainList allowed;
  private final Set<String> words = new HashSet<>();
  private final List<String> subwords = new ArrayList<>();
  private final Set<String> soft = new HashSet<>();

  public UrlFilter(Options options, DomainList blocked, DomainList allowed) {
    this.options = options;
    this.blocked = blocked;
    this.allowed = allowed;
    if (options.bannedWords()) {
      loadWords();
    }
    options.extraWords().forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
  }

  /** Loads the lists named in {@code options}. */
  public static UrlFilter of(Options options) {
    return new UrlFilter(options, DomainList.load(options.blockLists().stream().map(Path::of).toList()),
        DomainList.load(options.allowLists().stream().map(Path::of).toList()));
  }

  @Override
  public String name() {
    return "url_filter";
  }

  @Override
  public Verdict apply(Document doc) {
    String url = doc.metaString("url", null);
    if (url == null || url.isBlank()) {
      return Verdict.KEEP;
    }
    String host = host(url);
    if (host != null) {
      String domain = registeredDomain(host);
      if (domain != null) {
        doc.metadata().put("domain", domain);
      }
      if (allowed.containsHost(host)) {
        return Verdict.KEEP;
      }
      if (blocked.containsHost(host)) {
        return Verdict.drop("blocked_domain");
      }
    }
    String withoutScheme = SCHEME.matcher(url).replaceFirst("");
    if (host != null && blocked.containsUrl(withoutScheme)) {
      return Verdict.drop("blocked_url");
    }
    String lower = withoutScheme.toLowerCase(Locale.ROOT);
    Set<String> softFound = new HashSet<>();
    for (String w : NOT_WORD.split(lower)) {
      if (words.contains(w)) {
        return Verdict.drop("banned_word");
      }
      if (soft.contains(w)) {
        softFound.add(w);
      }
    }
    String joined = NOT_WORD.matcher(lower).replaceAll("");
    for (String s : subwords) {
      if (joined.contains(s)) {
        return Verdict.drop("banned_subword");
      }
    }
    return softFound.size() >= options.softThreshold() ? Verdict.drop("soft_banned_words") : Verdict.KEEP;
  }

  /** The host of {@code url}, lower-cased, or null when it has none. */
  static String host(String url) {
    try {
      String h = URI.create(url.strip().replace(" ", "%20")).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The registered domain under the public suffix list, or null for IP addresses and bare suffixes. */
  public static String registeredDomain(String host) {
    try {
      InternetDomainName name = InternetDomainName.from(host);
      return name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : null;
    } catch (IllegalArgumentException | IllegalStateException e) {
      return null;
    }
  }

  private void loadWords() {
    InputStream in = UrlFilter.class.getResourceAsStream("/dev/saring/spam/url-words.tsv");
    if (in == null) {
      throw new IllegalStateException("missing resource url-words.tsv");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        if (line.startsWith("#") || f.length != 2) {
          continue;
        }
        switch (f[0]) {
          case "word" -> words.add(f[1]);
          case "subword" -> subwords.add(f[1]);
          case "soft" -> soft.add(f[1]);
          default -> throw new IllegalStateException("url-words.tsv: unknown kind " + f[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
