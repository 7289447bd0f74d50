package dev.saring.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** Large-star/small-star components against a plain union-find on graphs with long chains and stars. */
class StarComponentsTest {
  private static SparkSession spark;
  private static JavaSparkContext jsc;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("star-test").config("spark.ui.enabled", "false")
        .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void chainsStarsAndRandomEdges_getTheLeastNodeOfTheirComponent() {
    List<Tuple2<Long, Long>> edges = new ArrayList<>();
    for (long i = 1000; i < 1100; i++) {
      edges.add(new Tuple2<>(i + 1, i));               // a chain of 101 nodes, diameter 100
    }
    for (long i = 2001; i < 2300; i++) {
      edges.add(new Tuple2<>(2000L, i));               // a star around its least node
      edges.add(new Tuple2<>(i, 2000L));               // edges in both directions and repeated
    }
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < 1500; i++) {
      long a = 5000 + r.nextInt(4000);
      edges.add(new Tuple2<>(a, 5000L + r.nextInt(4000))); // random sparse graph, self loops included
    }
    edges.add(new Tuple2<>(-5L, Long.MAX_VALUE));      // extremes of the key space
    Collections.shuffle(edges, new java.util.Random(1));

    Map<Long, Long> got = new HashMap<>(StarComponents.labels(jsc.parallelizePairs(edges, 4)).collectAsMap());
    Map<Long, Long> expected = unionFind(edges);
    assertThat(got).isEqualTo(expected);
    assertThat(got.get(1100L)).isEqualTo(1000L);
    assertThat(got.get(Long.MAX_VALUE)).isEqualTo(-5L);
  }

  /** Every node that has an edge to another node, mapped to the least node of its component. */
  private static Map<Long, Long> unionFind(List<Tuple2<Long, Long>> edges) {
    Map<Long, Long> parent = new HashMap<>();
    for (Tuple2<Long, Long> e : edges) {
      if (e._1().equals(e._2())) {
        continue;
      }
      long a = find(parent, e._1());
      long b = find(parent, e._2());
      parent.put(Math.max(a, b), Math.min(a, b));
    }
    Map<Long, Long> out = new HashMap<>();
    for (long node : new ArrayList<>(parent.keySet())) {
      out.put(node, find(parent, node));
    }
    for (long root : new ArrayList<>(out.values())) {
      out.put(root, root);
    }
    return out;
  }

  private static long find(Map<Long, Long> parent, long x) {
    parent.putIfAbsent(x, x);
    while (parent.get(x) != x) {
      x = parent.get(x);
    }
    return x;
  }
}
