package dev.saring.bench.peers;

import java.nio.file.Path;

/** Removal and block dumps of gold-text pages by id. */
public final class GoldDump {
  private GoldDump() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("saring.shared", "../shared")).resolve("data/extraction/gold-text");
    for (ExtractionCorpus.GoldPage p : ExtractionCorpus.goldText(root)) {
      for (String id : args) {
        if (p.id().equals(id)) {
          System.out.println("=== " + id);
          System.out.println(dev.saring.extract.RemovalDump.dump(p.html()));
          System.out.println("--- gold head: " + p.gold().substring(0, Math.min(600, p.gold().length())).replace('\n', '|'));
        }
      }
    }
  }
}
