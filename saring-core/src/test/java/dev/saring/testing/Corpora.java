package dev.saring.testing;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/** Deterministic JSONL corpora of made-up prose, for executor and reader tests and benchmarks. */
public final class Corpora {
  private static final String[] WORDS = ("the of and to in a is that for it as was with be by on not he this are "
      + "or his from at which but have an they you were her she there one all we their been has would when "
      + "river library council school market water road village harvest rain bridge teacher family story "
      + "morning evening summer winter city garden museum train station doctor farmer season festival").split(" ");

  private Corpora() {}

  /** A paragraph of {@code words} words from {@code random}. */
  public static String paragraph(SplittableRandom random, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = WORDS[random.nextInt(WORDS.length)];
      sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
      sb.append(i == words - 1 ? "." : random.nextInt(12) == 0 ? ", " : " ");
    }
    return sb.toString();
  }

  /** Writes {@code docs} JSON documents of about {@code wordsPerDoc} words, seeded by {@code seed}. */
  public static Path jsonl(Path file, int docs, int wordsPerDoc, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = wrap(file, raw);
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      for (int i = 0; i < docs; i++) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < 3; p++) {
          text.append(p == 0 ? "" : "\\n").append(paragraph(random, Math.max(1, wordsPerDoc / 3)));
        }
        w.write("{\"id\":\"" + file.getFileName() + "-" + i + "\",\"text\":\"" + text
            + "\",\"url\":\"https://example.org/" + seed + "/" + i + "\"}\n");
      }
    }
    return file;
  }

  private static OutputStream wrap(Path file, OutputStream raw) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".gz")) {
      return new GZIPOutputStream(raw, 1 << 16);
    }
    if (name.endsWith(".zst")) {
      return new ZstdOutputStream(raw, 3);
    }
    return raw;
  }
}
