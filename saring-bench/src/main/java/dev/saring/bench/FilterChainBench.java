package dev.saring.bench;

import dev.saring.document.Document;
import dev.saring.document.DocumentJson;
import dev.saring.document.JsonFields;
import dev.saring.lang.LanguageCodes;
import dev.saring.pipeline.Pipeline;
import dev.saring.pipeline.Presets;
import dev.saring.pipeline.StepRegistry;
import dev.saring.step.Step;
import dev.saring.step.StepContext;
import dev.saring.step.Verdict;
import dev.saring.text.TextAnalysis;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The {@code fineweb2} filter chain on real prose, one thread, in MB/s (UTF-8 bytes of text) and
 * documents/s, beside a baseline that only splits the words (the floor of any word-based filter).
 *
 * <p>Corpus, from {@code ../shared/data}: the Detik articles (Indonesian), the 697 raw Common Crawl
 * documents of dolma's sample (mostly English), the gold texts of the extraction sets, and the Lingua
 * sentences grouped ten to a document per language, each tagged with saring's code for its language
 * ({@code afr_Latn}), as language ID would tag it.
 *
 * <p>Usage: {@code saring-bench filters [PRESET (default fineweb2)] [SECONDS (default 20)] [-STEP...]}; each
 * {@code -STEP} leaves that step of the preset out (e.g. {@code -lid} for the filters alone).
 */
final class FilterChainBench {
  private static final Map<String, String> LINGUA_CODES = Map.ofEntries(Map.entry("id", "ind_Latn"),
      Map.entry("ms", "zsm_Latn"), Map.entry("en", "eng_Latn"), Map.entry("vi", "vie_Latn"),
      Map.entry("th", "tha_Thai"), Map.entry("zh", "cmn_Hani"), Map.entry("ja", "jpn_Jpan"),
      Map.entry("es", "spa_Latn"), Map.entry("fr", "fra_Latn"), Map.entry("de", "deu_Latn"),
      Map.entry("pt", "por_Latn"), Map.entry("ru", "rus_Cyrl"), Map.entry("ar", "arb_Arab"),
      Map.entry("hi", "hin_Deva"), Map.entry("tr", "tur_Latn"));

  private FilterChainBench() {}

  static void main(String[] args) throws Exception {
    String preset = args.length > 0 ? args[0] : "fineweb2";
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 20;
    List<Document> corpus = corpus();
    long bytes = corpus.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
    System.out.printf(Locale.ROOT, "corpus: %,d documents, %.1f MB of text; preset %s%n", corpus.size(),
        bytes / 1048576.0, preset);

    List<String> without = java.util.Arrays.stream(args).skip(2).filter(a -> a.startsWith("-"))
        .map(a -> a.substring(1)).toList();
    List<Step> steps = Pipeline.of(Presets.load(preset), StepRegistry.standard()).newSteps(StepContext.standalone())
        .stream().filter(step -> !without.contains(step.name())).toList();
    if (!without.isEmpty()) {
      System.out.println("left out: " + String.join(", ", without));
    }
    Result base = run(corpus, List.of(), seconds / 2);
    Result chain = run(corpus, steps, seconds);
    System.out.printf(Locale.ROOT, "%-28s %10s %12s %10s%n", "path", "MB/s/core", "docs/s/core", "kept");
    System.out.printf(Locale.ROOT, "%-28s %10.1f %,12.0f %10s%n", "word split only (baseline)",
        bytes / 1048576.0 * base.passes / base.seconds, corpus.size() * base.passes / base.seconds, "");
    System.out.printf(Locale.ROOT, "%-28s %10.1f %,12.0f %9.1f%%%n", preset + " chain",
        bytes / 1048576.0 * chain.passes / chain.seconds, corpus.size() * chain.passes / chain.seconds,
        100.0 * chain.kept / (corpus.size() * chain.passes));
    System.out.printf(Locale.ROOT, "peak RSS of this JVM: %d MB (the corpus held in memory included)%n",
        Measure.peakRssMb());
    System.out.println("time per step:");
    chain.nanosByStep.forEach((name, nanos) -> System.out.printf(Locale.ROOT, "  %-20s %5.1f%%%n", name,
        100.0 * nanos / chain.totalNanos()));
    System.out.println("drops (one pass):");
    chain.drops.forEach((reason, n) -> System.out.printf(Locale.ROOT, "  %-44s %,6d%n", reason,
        n / chain.passes));
  }

  private static final class Result {
    double seconds;
    long passes;
    long kept;
    final Map<String, Long> nanosByStep = new LinkedHashMap<>();
    final Map<String, Long> drops = new TreeMap<>();

    long totalNanos() {
      return nanosByStep.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private static Result run(List<Document> corpus, List<Step> steps, double seconds) {
    for (int warm = 0; warm < 2; warm++) {
      pass(corpus, steps, new Result());
    }
    Result r = new Result();
    long start = System.nanoTime();
    do {
      pass(corpus, steps, r);
      r.passes++;
    } while ((System.nanoTime() - start) / 1e9 < seconds);
    r.seconds = (System.nanoTime() - start) / 1e9;
    return r;
  }

  private static void pass(List<Document> corpus, List<Step> steps, Result r) {
    for (Document original : corpus) {
      Document doc = new Document(original.id(), original.text(), new LinkedHashMap<>(original.metadata()));
      if (steps.isEmpty()) {
        TextAnalysis.of(doc);
        r.kept++;
        continue;
      }
      boolean kept = true;
      for (Step step : steps) {
        long t0 = System.nanoTime();
        Verdict v = step.apply(doc);
        r.nanosByStep.merge(step.name(), System.nanoTime() - t0, Long::sum);
        if (!v.kept()) {
          r.drops.merge(step.name() + ":" + v.reason(), 1L, Long::sum);
          kept = false;
          break;
        }
      }
      r.kept += kept ? 1 : 0;
    }
  }

  static List<Document> corpus() throws IOException {
    List<Document> docs = new ArrayList<>();
    Shared.path("data/text-id/detik-news.jsonl").ifPresent(p -> jsonl(p, "ind_Latn", docs));
    Shared.path("data/warc/jsonl/dolma-CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz")
        .ifPresent(p -> jsonl(p, "eng_Latn", docs));
    Shared.path("data/extraction/gold-text").ifPresent(p -> goldTexts(p, docs));
    Shared.path("data/lid/lingua-sentences").ifPresent(p -> lingua(p, docs));
    if (docs.isEmpty()) {
      throw new IllegalStateException("no corpus: ../shared/data is needed for this benchmark");
    }
    return docs;
  }

  private static void jsonl(Path file, String language, List<Document> out) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(file.toString().endsWith(".gz")
        ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        Document d = DocumentJson.parse(line, JsonFields.DEFAULT);
        out.add(withLanguage(d.id(), d.text(), language));
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  private static void goldTexts(Path root, List<Document> out) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        out.add(withLanguage(p.toString(), Files.readString(p, StandardCharsets.ISO_8859_1), "eng_Latn"));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void lingua(Path folder, List<Document> out) {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String iso = f.getFileName().toString().replace(".txt", "");
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i + 10 <= lines.size(); i += 10) {
          out.add(withLanguage(iso + i, String.join("\n", lines.subList(i, i + 10)),
              LINGUA_CODES.getOrDefault(iso, LanguageCodes.fromLabel(iso))));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Document withLanguage(String id, String text, String language) {
    Document d = new Document(id, text);
    d.metadata().put(Document.LANGUAGE, language);
    return d;
  }
}
