package dev.saring.bench.peers;

import java.nio.file.Path;

/** Block dump of trafilatura-eval pages by id. */
public final class SnippetDump {
  private SnippetDump() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("saring.shared", "../shared")).resolve("data/extraction/trafilatura-eval");
    for (ExtractionCorpus.SnippetPage p : ExtractionCorpus.trafilaturaEval(root)) {
      for (String id : args) {
        if (p.id().equals(id)) {
          System.out.println("=== " + id + " with=" + p.with());
          System.out.println(dev.saring.extract.RemovalDump.dump(p.html()));
          System.out.println(dev.saring.extract.BlockDump.dump(p.html()));
        }
      }
    }
  }
}
