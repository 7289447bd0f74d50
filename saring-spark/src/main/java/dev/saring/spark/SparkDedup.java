package dev.saring.spark;

import dev.saring.dedup.BucketLinks;
import dev.saring.dedup.DedupStep;
import dev.saring.exec.CensusPass;
import dev.saring.io.InputShard;
import dev.saring.io.ShardSource;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The conclusion of {@code exact_dedup} and {@code minhash_dedup} as Spark stages: census records from one
 * task per shard (the same keys, document keys and ranks the local census writes), a shuffle on (band,
 * bucket) that links each document to the least document of its bucket, connected components by
 * {@link StarComponents}, the keeper of each component by the local keep rule (least rank, then least
 * document key), and the members streamed to the driver in document order into the file the filter pass
 * reads. No node holds all edges or all members; the driver sees one partition of members at a time.
 */
final class SparkDedup {
  private SparkDedup() {}

  record Bucket(int band, long key) implements Serializable {}

  record Member(long rank, String id) implements Serializable {}

  /** A component's keeper so far and its size. */
  record Keeper(long rank, long doc, String id, long size) implements Serializable {
    Keeper plus(Keeper o) {
      boolean mine = rank < o.rank || rank == o.rank && doc < o.doc;
      Keeper k = mine ? this : o;
      return new Keeper(k.rank, k.doc, k.id, size + o.size);
    }
  }

  record Record(int band, long key, long doc, long rank, String id, long[] sketch) implements Serializable {}

  static void conclude(JavaSparkContext jsc, ShardJobs jobs, TaskEnv env, Path folder, List<ShardSpec> shards,
      int index, BucketLinks links) throws IOException {
    JavaRDD<Record> records = jobs.map(shards, (spec, shard, source) -> census(env, spec, shard, source, index))
        .flatMap(List::iterator)
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Long> edges = links.usesSketches() ? sketchedEdges(records, links) : starEdges(records);
    JavaPairRDD<Long, Long> component = StarComponents.labels(edges);
    JavaPairRDD<Long, Member> members = records
        .mapToPair(r -> new Tuple2<>(r.doc(), new Member(r.rank(), r.id())))
        .reduceByKey((a, b) -> a);
    // (component, (document, member))
    JavaPairRDD<Long, Tuple2<Long, Member>> byComponent = component.join(members)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Keeper> keepers = byComponent
        .mapValues(m -> new Keeper(m._2().rank(), m._1(), m._2().id(), 1))
        .reduceByKey(Keeper::plus);
    JavaRDD<DedupStep.ClusterMember> result = byComponent.join(keepers)
        .map(t -> new DedupStep.ClusterMember(t._2()._1()._1(), t._2()._2().doc(),
            (int) Math.min(Integer.MAX_VALUE, t._2()._2().size()), t._2()._2().id()))
        .sortBy(DedupStep.ClusterMember::doc, true, Math.max(1, jsc.defaultParallelism()));
    DedupStep.writeConclusion(Files.createDirectories(folder), result.toLocalIterator());
    byComponent.unpersist(false);
    records.unpersist(false);
  }

  /** Every member of a bucket linked to its least document, as a join rather than a group. */
  private static JavaPairRDD<Long, Long> starEdges(JavaRDD<Record> records) {
    JavaPairRDD<Bucket, Long> buckets = records.mapToPair(r -> new Tuple2<>(new Bucket(r.band(), r.key()), r.doc()));
    return buckets.join(buckets.reduceByKey(Math::min))
        .values()
        .filter(t -> !t._1().equals(t._2()))
        .mapToPair(t -> t);
  }

  /**
   * The links the local conclusion makes: each bucket's members in document order, linked by their sketches
   * ({@link BucketLinks}). A bucket is one group on one executor, as it is one merge group locally.
   */
  private static JavaPairRDD<Long, Long> sketchedEdges(JavaRDD<Record> records, BucketLinks links) {
    return records
        .mapToPair(r -> new Tuple2<>(new Bucket(r.band(), r.key()), new Tuple2<>(r.doc(), r.sketch())))
        .groupByKey()
        .flatMapToPair(bucket -> {
          List<Tuple2<Long, long[]>> members = new ArrayList<>();
          bucket._2().forEach(members::add);
          List<Tuple2<Long, Long>> out = new ArrayList<>();
          if (members.size() < 2) {
            return out.iterator();
          }
          members.sort(Comparator.comparingLong(Tuple2::_1));
          long[] docs = new long[members.size()];
          long[][] sketches = new long[members.size()][];
          for (int i = 0; i < docs.length; i++) {
            docs[i] = members.get(i)._1();
            sketches[i] = members.get(i)._2();
          }
          links.link(docs, sketches, (a, b) -> out.add(new Tuple2<>(a, b)));
          return out.iterator();
        });
  }

  private static List<Record> census(TaskEnv env, ShardSpec spec, InputShard shard, ShardSource source, int index)
      throws IOException {
    DedupStep step = (DedupStep) env.pipeline().newSteps(env.context()).get(index);
    DedupStep.DocKeys keys = DedupStep.docKeys(spec.id());
    List<Record> out = new ArrayList<>();
    CensusPass.forEachReaching(env.pipeline(), shard, source, index, env.output().readLayout(), env.context(),
        doc -> step.censusRecords(doc, keys.next(doc.id()),
            (band, key, docKey, rank, id, sketch) -> out.add(new Record(band, key, docKey, rank, id, sketch))));
    return out;
  }
}
