package dev.saring.bench.peers;

import dev.saring.extract.HtmlExtractor;
import java.nio.file.Path;
import java.util.List;

/** Lists, page by page, the "with" snippets saring misses and the "without" snippets it keeps. */
public final class SnippetDebug {
  private SnippetDebug() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("saring.shared", "../shared")).resolve("data/extraction/trafilatura-eval");
    int limit = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    String lang = args.length > 1 ? args[1] : null;
    int shown = 0;
    for (ExtractionCorpus.SnippetPage p : ExtractionCorpus.trafilaturaEval(root)) {
      if (lang != null && !p.language().equals(lang)) {
        continue;
      }
      String out = HtmlExtractor.standard().extract(p.html(), p.url()).text().replaceAll("\\s+", " ");
      List<String> missed = p.with().stream().filter(s -> !out.contains(s.replaceAll("\\s+", " ").strip())).toList();
      List<String> leaked = p.without().stream().filter(s -> out.contains(s.replaceAll("\\s+", " ").strip())).toList();
      if (missed.isEmpty() && leaked.isEmpty()) {
        continue;
      }
      System.out.printf("%s %s (%d chars)%n", p.id(), p.url(), out.length());
      missed.forEach(s -> System.out.println("   MISSED " + s));
      leaked.forEach(s -> System.out.println("   LEAKED " + s));
      if (++shown >= limit) {
        break;
      }
    }
  }
}
