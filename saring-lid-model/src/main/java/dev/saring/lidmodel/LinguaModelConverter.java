package dev.saring.lidmodel;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.saring.lang.LanguageCodes;
import dev.saring.lang.ngram.NgramModelWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Converts Lingua's language models ({@code language-models/<iso>/<order>.json} in the Lingua jar: for each
 * fraction, the n-grams with that conditional probability) into saring's {@link NgramModelWriter} form.
 * Runs at build time; skips when its output is newer than the Lingua jar.
 */
public final class LinguaModelConverter {
  /** Bump when the conversion changes, so that built models are redone. */
  static final int FORMAT = 1;
  static final String[] ORDERS = {"unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};

  private LinguaModelConverter() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    URL probe = LinguaModelConverter.class.getClassLoader().getResource("language-models/en/unigrams.json");
    if (probe == null) {
      throw new IllegalStateException("Lingua's models are not on the classpath (com.github.pemistahl:lingua)");
    }
    String jar = probe.toString().substring("jar:".length(), probe.toString().indexOf("!/"));
    Path jarPath = Path.of(URI.create(jar));
    // The output depends only on the Lingua jar and the conversion settings: a stamp beside it records them.
    Path stamp = out.resolveSibling(out.getFileName() + ".stamp");
    String inputs = jarPath.getFileName() + " " + Files.size(jarPath) + " format " + FORMAT + " prune "
        + minNumerator("fivegrams");
    if (Files.exists(out) && Files.exists(stamp) && Files.readString(stamp).equals(inputs)) {
      System.out.println("[saring-lid-model] " + out.getFileName() + " is up to date");
      return;
    }
    long t0 = System.nanoTime();
    try (FileSystem fs = FileSystems.newFileSystem(jarPath, Map.of())) {
      List<String> isoCodes;
      try (Stream<Path> dirs = Files.list(fs.getPath("language-models"))) {
        isoCodes = dirs.map(p -> p.getFileName().toString().replace("/", "")).sorted().toList();
      }
      List<String> codes = new ArrayList<>();
      for (String iso : isoCodes) {
        codes.add(LanguageCodes.fromLabel(iso));
      }
      NgramModelWriter writer = new NgramModelWriter(codes, ORDERS.length);
      long ngrams = 0;
      for (int lang = 0; lang < isoCodes.size(); lang++) {
        for (String order : ORDERS) {
          Path file = fs.getPath("language-models", isoCodes.get(lang), order + ".json");
          if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
              ngrams += convert(in, lang, writer, minNumerator(order));
            }
          }
        }
      }
      Files.createDirectories(out.getParent());
      Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
      try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
        writer.write(o);
      }
      Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(stamp, inputs);
      System.out.printf("[saring-lid-model] %d languages, %d n-grams -> %s (%.1f MB) in %.1f s%n", codes.size(),
          ngrams, out.getFileName(), Files.size(out) / 1e6, (System.nanoTime() - t0) / 1e9);
    }
  }

  /**
   * Long n-grams seen once are mostly noise (names, typos, markup) and make the largest tables; they are
   * left out. A fraction's numerator is a lower bound of the count (fractions are reduced).
   */
  static int minNumerator(String order) {
    String env = System.getProperty("saring.lid.prune");
    int min = env == null ? 2 : Integer.parseInt(env);
    return order.equals("quadrigrams") || order.equals("fivegrams") ? min : 1;
  }

  /** {"language": "MALAY", "ngrams": {"3/17822575": "á é", ...}}: returns the n-grams added. */
  static long convert(InputStream in, int lang, NgramModelWriter writer, int minNumerator) throws IOException {
    long n = 0;
    try (JsonParser p = new JsonFactory().createParser(in)) {
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME && "ngrams".equals(p.currentName())) {
          p.nextToken();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String fraction = p.currentName();
            p.nextToken();
            int slash = fraction.indexOf('/');
            double numerator = Double.parseDouble(fraction.substring(0, slash));
            double prob = numerator / Double.parseDouble(fraction.substring(slash + 1));
            if (numerator < minNumerator) {
              continue;
            }
            for (String ngram : p.getText().split(" ")) {
              if (!ngram.isEmpty()) {
                writer.add(lang, ngram, prob);
                n++;
              }
            }
          }
        }
      }
    }
    return n;
  }
}
