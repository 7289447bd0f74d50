package dev.saring.bench.peers;

import com.github.pemistahl.lingua.api.Language;
import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import dev.saring.lang.FastTextLanguageIdentifier;
import dev.saring.lang.LanguageCodes;
import dev.saring.lang.LanguageGuess;
import dev.saring.lang.LanguageIdentifier;
import dev.saring.lang.MalayicDisambiguator;
import dev.saring.lang.fasttext.FastTextModel;
import dev.saring.lang.ngram.NgramLanguageIdentifier;
import dev.saring.bench.Measure;
import dev.saring.lang.DefaultLanguageModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** One detector in its own JVM: load, warm up, time a pass over the first {@code timed} lines, predict the rest. */
final class LidBenchChild {
  private static final double WARM_UP_SECONDS = 4;

  private LidBenchChild() {}

  static void run(String name, Path input, int timed, Path lid176, Path out) throws IOException {
    List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    Function<String, String> detector = detector(name, lid176);
    detector.apply("warm the model up");
    double load = (System.nanoTime() - t0) / 1e9;
    System.gc();
    long retained = usedHeap();

    long w0 = System.nanoTime();
    for (int i = 0; i < timed && System.nanoTime() - w0 < WARM_UP_SECONDS * 1e9; i++) {
      detector.apply(lines.get(i));
    }
    List<String> predictions = new ArrayList<>(lines.size());
    long s0 = System.nanoTime();
    for (int i = 0; i < timed; i++) {
      predictions.add(detector.apply(lines.get(i)));
    }
    double secs = (System.nanoTime() - s0) / 1e9;
    for (int i = timed; i < lines.size(); i++) {
      predictions.add(detector.apply(lines.get(i)));
    }
    Files.write(out, predictions, StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "load %.2f s, %,.0f sentences/s, heap after load %d MB, peak heap %d MB (%s),"
        + " peak RSS %d MB%n", load, timed / secs, retained >> 20, peakHeap() >> 20,
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-Xmx"))
            .findFirst().orElse("default -Xmx"), Measure.peakRssMb());
  }

  private static Function<String, String> detector(String name, Path lid176) throws IOException {
    switch (name) {
      case "saring", "saring-nomalayic" -> {
        LanguageIdentifier id = new NgramLanguageIdentifier(DefaultLanguageModel.get(),
            NgramLanguageIdentifier.Tuning.DEFAULT, null);
        MalayicDisambiguator malayic = name.equals("saring") ? MalayicDisambiguator.standard() : null;
        return text -> {
          List<LanguageGuess> g = id.identify(text, 1);
          if (g.isEmpty()) {
            return LanguageCodes.UNDETERMINED;
          }
          return malayic == null ? g.get(0).code() : malayic.relabel(g.get(0).code(), text);
        };
      }
      case "saring-fasttext" -> {
        LanguageIdentifier id = new FastTextLanguageIdentifier(FastTextModel.load(lid176));
        return text -> {
          List<LanguageGuess> g = id.identify(text, 1);
          return g.isEmpty() ? LanguageCodes.UNDETERMINED : g.get(0).code();
        };
      }
      case "lingua-high", "lingua-low" -> {
        var builder = com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromAllLanguages()
            .withPreloadedLanguageModels();
        if (name.equals("lingua-low")) {
          builder = builder.withLowAccuracyMode();
        }
        var lingua = builder.build();
        return text -> {
          Language l = lingua.detectLanguageOf(text);
          return l == Language.UNKNOWN ? LanguageCodes.UNDETERMINED
              : LanguageCodes.fromLabel(l.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
        };
      }
      case "optimaize" -> {
        var optimaize = LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
        TextObjectFactory texts = CommonTextObjectFactories.forDetectingShortCleanText();
        return text -> {
          List<DetectedLanguage> p = optimaize.getProbabilities(texts.forText(text));
          return p.isEmpty() ? LanguageCodes.UNDETERMINED : LanguageCodes.fromLabel(p.get(0).getLocale().getLanguage());
        };
      }
      default -> throw new IllegalArgumentException("unknown detector " + name + "; known: " + LidBench.DETECTORS);
    }
  }

  private static long usedHeap() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      used += pool.getType() == MemoryType.HEAP ? pool.getUsage().getUsed() : 0;
    }
    return used;
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      peak += pool.getType() == MemoryType.HEAP ? pool.getPeakUsage().getUsed() : 0;
    }
    return peak;
  }
}
