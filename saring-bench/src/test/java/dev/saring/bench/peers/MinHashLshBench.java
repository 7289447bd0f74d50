package dev.saring.bench.peers;

import dev.saring.bench.DedupBench;
import dev.saring.dedup.MinHasher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code PeerBench minhash [families] [words] [saring-only]}: saring's {@code minhash_dedup} and Spark MLlib's MinHashLSH on
 * the same near-duplicate corpus in one run. MLlib as the issue measured it: the same 5-word shingles as
 * sparse binary vectors, 112 hash tables, {@code approxSimilarityJoin} at Jaccard distance 0.2 on local[2],
 * clusters as connected components of the pairs it returns. saring on two workers. Both get the same pair
 * evaluation against exact Jaccard.
 */
final class MinHashLshBench {
  private MinHashLshBench() {}

  static void main(String[] args) throws Exception {
    int families = args.length > 0 ? Integer.parseInt(args[0]) : 455;
    int minWords = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    List<String> articles = DedupBench.articles();
    // Base texts: articles joined until they reach minWords, then re-edited copies up to the family count.
    List<String> bases = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; bases.size() < families; i++) {
      StringBuilder b = new StringBuilder(articles.get(i % articles.size()));
      for (int j = 1; b.toString().split("\\s+").length < minWords; j++) {
        b.append('\n').append(articles.get((i + j * 7) % articles.size()));
      }
      bases.add(i < articles.size() ? b.toString() : DedupBench.substitute(b.toString(), r, 0.3));
    }
    List<DedupBench.Doc> docs = DedupBench.generate(bases, 6, new SplittableRandom(7));
    double words = docs.stream().mapToInt(d -> d.text().split("\\s+").length).average().orElse(0);
    System.out.printf(Locale.ROOT, "corpus: %,d documents, %.0f words on average%n", docs.size(), words);
    Path work = Files.createTempDirectory("saring-minhash-peer");

    // saring's seconds are its run's (read, census, merge, filter, write), as MLlib's are its job's, after a
    // run over a tenth of the corpus has compiled the hot code (MLlib's session starts before its clock too).
    DedupBench.run(docs.subList(0, docs.size() / 10), work.resolve("warmup"), "warmup", "{}", 2);
    DedupBench.Outcome ours = DedupBench.run(docs, work.resolve("saring"), "saring", "{}", 2);
    double oursSecs = ours.seconds();
    DedupBench.pairs(docs, ours);
    DedupBench.Outcome plain = DedupBench.run(docs, work.resolve("plain"), "plain", "{sketch_jaccard: 0}", 2);
    DedupBench.pairs(docs, plain);
    DedupBench.Outcome verified = DedupBench.run(docs, work.resolve("verified"), "verify", "{verify_jaccard: 0.7}", 2);
    double verifiedSecs = verified.seconds();
    DedupBench.pairs(docs, verified);

    if (args.length > 2 && args[2].equals("saring-only")) {
      System.out.printf(Locale.ROOT, "saring minhash_dedup, 2 workers (read, census, merge, filter, write): %.1f s,"
          + " %,.0f docs/s; without sketch checks: %.1f s; with verify_jaccard 0.7: %.1f s%n", oursSecs,
          docs.size() / oursSecs, plain.seconds(), verifiedSecs);
      return;
    }
    double[] mllibSecs = new double[1];
    DedupBench.Outcome theirs = mllib(docs, mllibSecs);
    System.out.printf(Locale.ROOT, "MLlib MinHashLSH (112 tables, approxSimilarityJoin at distance 0.2, local[2]):"
        + " %.1f s, %,.0f docs/s%n", mllibSecs[0], docs.size() / mllibSecs[0]);
    DedupBench.pairs(docs, theirs);
    System.out.printf(Locale.ROOT, "saring minhash_dedup, 2 workers (read, census, merge, filter, write): %.1f s,"
        + " %,.0f docs/s = %.0fx MLlib; with verify_jaccard 0.7: %.1f s = %.0fx%n", oursSecs, docs.size() / oursSecs,
        mllibSecs[0] / oursSecs, verifiedSecs, mllibSecs[0] / verifiedSecs);
  }

  private static DedupBench.Outcome mllib(List<DedupBench.Doc> docs, double[] secs) {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("minhash-peer")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    try {
      MinHasher h = new MinHasher(5, 14, 8, 1);
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        long[] sh = h.shingles(docs.get(i).text(), "ind_Latn");
        int[] idx = Arrays.stream(sh).mapToInt(x -> (int) (x >>> 34)).distinct().sorted().toArray();
        double[] ones = new double[idx.length];
        Arrays.fill(ones, 1.0);
        rows.add(RowFactory.create(i, Vectors.sparse(1 << 30, idx, ones)));
      }
      StructType schema = new StructType().add("i", DataTypes.IntegerType).add("features", SQLDataTypes.VectorType());
      long t0 = System.nanoTime();
      Dataset<Row> df = spark.createDataFrame(rows, schema).repartition(8).cache();
      MinHashLSHModel model = new MinHashLSH().setNumHashTables(112).setSeed(1).setInputCol("features")
          .setOutputCol("hashes").fit(df);
      List<Row> pairs = model.approxSimilarityJoin(df, df, 0.2, "distance")
          .selectExpr("datasetA.i as a", "datasetB.i as b").where("a < b").collectAsList();
      secs[0] = (System.nanoTime() - t0) / 1e9;
      int[] parent = new int[docs.size()];
      Arrays.setAll(parent, i -> i);
      for (Row p : pairs) {
        int a = find(parent, p.getInt(0));
        int b = find(parent, p.getInt(1));
        parent[Math.max(a, b)] = Math.min(a, b);
      }
      Map<String, String> cluster = new HashMap<>();
      Set<String> removed = new HashSet<>();
      for (int i = 0; i < docs.size(); i++) {
        int root = find(parent, i);
        cluster.put(docs.get(i).id(), docs.get(root).id());
        if (root != i) {
          removed.add(docs.get(i).id());
        }
      }
      return new DedupBench.Outcome(cluster, removed, secs[0]);
    } finally {
      spark.stop();
    }
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
}
