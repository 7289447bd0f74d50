package dev.saring.bench.peers;

import java.util.Arrays;

/**
 * Benchmarks against peer libraries, which are test-scoped dependencies of the bench module.
 * Run: {@code mvn -q -pl saring-bench -am test-compile exec:java -Dexec.args="extract"}.
 */
public final class PeerBench {
  private PeerBench() {}

  public static void main(String[] args) throws Exception {
    String name = args.length == 0 ? "" : args[0];
    String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
    switch (name) {
      case "extract" -> ExtractionBench.main(rest);
      case "extract-debug" -> ExtractDebug.main(rest);
      case "snippet-debug" -> SnippetDebug.main(rest);
      case "snippet-dump" -> SnippetDump.main(rest);
      case "gold-dump" -> GoldDump.main(rest);
      case "extract-profile" -> ExtractProfile.main(rest);
      case "lid" -> LidBench.main(rest);
      case "minhash" -> MinHashLshBench.main(rest);
      case "spark" -> SparkBench.main(rest);
      default -> {
        System.err.println("usage: PeerBench extract|lid|minhash|spark [options]");
        System.exit(2);
      }
    }
  }
}
