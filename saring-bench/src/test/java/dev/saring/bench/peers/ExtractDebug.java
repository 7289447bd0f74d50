package dev.saring.bench.peers;

import dev.saring.extract.TokenF1;

import dev.saring.extract.HtmlExtractor;
import java.nio.file.Path;

/** Prints saring's extraction of gold-text pages by id, with their gold, for tuning. */
public final class ExtractDebug {
  private ExtractDebug() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("saring.shared", "../shared")).resolve("data/extraction/gold-text");
    for (ExtractionCorpus.GoldPage p : ExtractionCorpus.goldText(root)) {
      for (String id : args) {
        if (p.id().equals(id)) {
          String out = HtmlExtractor.standard().extract(p.html(), p.url()).text();
          System.out.println("=== " + id + " " + TokenF1.of(out, p.gold()));
          System.out.println("--- extracted (" + out.length() + "):\n" + out.substring(0, Math.min(out.length(), 1500)));
          System.out.println("--- gold (" + p.gold().length() + "):\n" + p.gold().substring(0, Math.min(p.gold().length(), 800)));
          if (System.getProperty("blocks") != null) {
            System.out.println(dev.saring.extract.BlockDump.dump(p.html()));
          }
        }
      }
    }
  }
}
