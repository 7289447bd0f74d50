package dev.saring.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of an edge list without any node holding the graph: the alternating large-star and
 * small-star rounds of Kiveris et al. ("Connected Components in MapReduce and Beyond", SoCC 2014). Each round
 * is a group-by on node; the graph contracts until every component is a star around its least node.
 * Written here because Spark ships no connected components for RDDs outside GraphX, whose Pregel-based one
 * needs rounds in the diameter and holds vertex state the dedup does not need.
 */
final class StarComponents {
  private StarComponents() {}

  /** For every node of {@code edges}, the least node of its component (a node that is its own least maps to itself). */
  static JavaPairRDD<Long, Long> labels(JavaPairRDD<Long, Long> edges) {
    JavaPairRDD<Long, Long> current = edges.filter(e -> !e._1().equals(e._2()))
        .mapToPair(e -> ordered(e._1(), e._2())).distinct().persist(StorageLevel.MEMORY_AND_DISK());
    long[] fingerprint = fingerprint(current);
    while (true) {
      JavaPairRDD<Long, Long> next = smallStar(largeStar(current)).persist(StorageLevel.MEMORY_AND_DISK());
      long[] f = fingerprint(next);
      current.unpersist(false);
      current = next;
      if (f[0] == fingerprint[0] && f[1] == fingerprint[1]) {
        break;
      }
      fingerprint = f;
    }
    // Converged: every edge is (node, least node of its component).
    JavaPairRDD<Long, Long> roots = current.values().distinct().mapToPair(m -> new Tuple2<>(m, m));
    return current.union(roots);
  }

  /** Each node links its larger neighbours to the least node of its closed neighbourhood. */
  private static JavaPairRDD<Long, Long> largeStar(JavaPairRDD<Long, Long> edges) {
    return edges.flatMapToPair(e -> List.of(e, new Tuple2<>(e._2(), e._1())).iterator())
        .groupByKey()
        .flatMapToPair(g -> {
          long u = g._1();
          long m = least(u, g._2());
          List<Tuple2<Long, Long>> out = new ArrayList<>();
          for (long v : g._2()) {
            if (v > u) {
              out.add(new Tuple2<>(v, m));
            }
          }
          return out.iterator();
        }).distinct();
  }

  /** Each node links itself and its smaller neighbours to the least of them. */
  private static JavaPairRDD<Long, Long> smallStar(JavaPairRDD<Long, Long> edges) {
    return edges.mapToPair(e -> ordered(e._1(), e._2()))
        .groupByKey()
        .flatMapToPair(g -> {
          long u = g._1();
          long m = least(u, g._2());
          List<Tuple2<Long, Long>> out = new ArrayList<>();
          if (u != m) {
            out.add(new Tuple2<>(u, m));
          }
          for (long v : g._2()) {
            if (v != m) {
              out.add(new Tuple2<>(v, m));
            }
          }
          return out.iterator();
        }).distinct();
  }

  /** The least of a node and its neighbours. */
  private static long least(long u, Iterable<Long> neighbours) {
    long m = u;
    for (long v : neighbours) {
      m = Math.min(m, v);
    }
    return m;
  }

  /** (larger, smaller). */
  private static Tuple2<Long, Long> ordered(long a, long b) {
    return a > b ? new Tuple2<>(a, b) : new Tuple2<>(b, a);
  }

  /** Count and an order-free hash of the edge set: equal on two rounds means nothing changed. */
  private static long[] fingerprint(JavaPairRDD<Long, Long> edges) {
    Tuple2<Long, Long> f = edges.map(e -> new Tuple2<>(1L, mix(e._1() * 0x9E3779B97F4A7C15L + e._2())))
        .fold(new Tuple2<>(0L, 0L), (a, b) -> new Tuple2<>(a._1() + b._1(), a._2() + b._2()));
    return new long[] {f._1(), f._2()};
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
