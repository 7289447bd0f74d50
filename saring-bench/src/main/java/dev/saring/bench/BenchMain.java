package dev.saring.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Entry point: {@code saring-bench <name> [args]}. */
public final class BenchMain {
  /** A benchmark harness. */
  interface Bench {
    void run(String[] args) throws Exception;
  }

  private static final Map<String, Bench> BENCHES = new LinkedHashMap<>();

  static {
    BENCHES.put("io", ReadWriteBench::main);
    BENCHES.put("filters", FilterChainBench::main);
    BENCHES.put("spam", SpamBench::main);
    BENCHES.put("dedup", DedupBench::main);
  }

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || !BENCHES.containsKey(args[0])) {
      System.err.println("usage: saring-bench <" + String.join("|", BENCHES.keySet()) + "> [args]");
      System.exit(args.length == 0 || args[0].equals("list") ? 0 : 2);
    }
    BENCHES.get(args[0]).run(Arrays.copyOfRange(args, 1, args.length));
  }
}
