package dev.saring.spark;

import static dev.saring.spark.SparkFixture.corpus;
import static dev.saring.spark.SparkFixture.failures;
import static dev.saring.spark.SparkFixture.FILE_CENSUS_PIPELINE;
import static dev.saring.spark.SparkFixture.JSON;
import static dev.saring.spark.SparkFixture.localSpark;
import static dev.saring.spark.SparkFixture.outcome;
import static dev.saring.spark.SparkFixture.PIPELINE;
import static dev.saring.spark.SparkFixture.sparkExecutor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.saring.exec.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output written through Hadoop file systems: a real HDFS (NameNode and DataNode in this JVM) and file://
 * URIs. Tasks work in private local folders and publish; the result must be the one a shared folder gets,
 * and a resumed run must trust only what was published with its marker.
 */
class HadoopOutputTest {
  private static SparkSession spark;
  private static MiniDFSCluster hdfs;

  @TempDir
  static Path hdfsBase;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, hdfsBase.toString());
    hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    hdfs.waitActive();
    // One DataNode: the client must not ask for three replicas. Shipped to tasks as the driver's setting.
    spark = localSpark("saring-hdfs-test", "spark.hadoop.dfs.replication", "1");
  }

  @AfterAll
  static void stop() {
    spark.stop();
    hdfs.shutdown();
  }

  private SparkExecutor executor() {
    return sparkExecutor(spark);
  }

  private FileSystem fs() throws Exception {
    return hdfs.getFileSystem();
  }

  private String hdfsUri(String path) {
    return hdfs.getURI().toString() + path;
  }

  /** The HDFS folder copied to local disk, to compare with the same tools. */
  private Path download(String path, String as) throws Exception {
    Path local = dir.resolve(as);
    // Raw local file system: no .crc side files in the copy.
    fs().copyToLocalFile(false, new org.apache.hadoop.fs.Path(path), new org.apache.hadoop.fs.Path(local.toUri()), true);
    return local;
  }

  @Test
  void hdfsInputAndOutput_giveTheSharedFolderResult_andResumeFromPublishedMarkers() throws Exception {
    Path in = corpus(dir);
    fs().copyFromLocalFile(new org.apache.hadoop.fs.Path(in.toUri()), new org.apache.hadoop.fs.Path("/crawl"));
    Path shared = dir.resolve("shared");
    RunResult reference = executor().run(PIPELINE, "test", List.of(in.toString()), shared.toString(), true);

    RunResult onHdfs = executor().run(PIPELINE, "test", List.of(hdfsUri("/crawl")), hdfsUri("/out"), true);
    assertThat(onHdfs.output()).isNull();
    Path got = download("/out", "from-hdfs");
    assertThat(outcome(got, "removed").values()).anyMatch(v -> v.contains("minhash_dedup"));
    assertThat(outcome(got, "kept")).isEqualTo(outcome(shared, "kept"));
    assertThat(outcome(got, "removed")).isEqualTo(outcome(shared, "removed"));
    assertThat(failures(got)).isEqualTo(failures(shared)).isNotEmpty();
    assertThat(JSON.readTree(got.resolve("stats.json").toFile()).get("accounting"))
        .isEqualTo(JSON.readTree(shared.resolve("stats.json").toFile()).get("accounting"));
    assertThat(onHdfs.stats()).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*seconds")
        .isEqualTo(reference.stats());
    // Tasks publish finished files only, and the conclusion marker names what tasks pull.
    try (Stream<Path> files = Files.walk(got)) {
      assertThat(files.map(Path::toString)).noneMatch(f -> f.endsWith(".tmp"));
    }
    assertThat(Files.readString(got.resolve(".saring/work/census/4-minhash_dedup/concluded")))
        .isEqualTo("clusters.result");

    // A shard whose marker never reached HDFS is run again; the others are trusted.
    fs().delete(new org.apache.hadoop.fs.Path("/out/.saring/done/part-1.json"), false);
    fs().delete(new org.apache.hadoop.fs.Path("/out/kept"), true);
    RunResult resumed = executor().run(PIPELINE, "test", List.of(hdfsUri("/crawl")), hdfsUri("/out"), false);
    assertThat(resumed.resumedShards()).isEqualTo(onHdfs.shards() - 1);
    assertThat(resumed.stats()).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*seconds")
        .isEqualTo(reference.stats());
    Path again = download("/out", "from-hdfs-again");
    Map<String, String> part1Kept = outcome(shared, "kept");
    part1Kept.keySet().retainAll(outcome(again, "kept").keySet());
    assertThat(outcome(again, "kept")).isNotEmpty().isEqualTo(part1Kept);
    assertThat(outcome(again, "kept").size()).isLessThan(outcome(shared, "kept").size());
  }

  @Test
  void parquetOnHdfs_isReadBySparksDataSourceInPlace_andGivesTheLocalResult() throws Exception {
    Path in = SparkFixture.parquetCorpus(dir);
    fs().copyFromLocalFile(new org.apache.hadoop.fs.Path(in.toUri()), new org.apache.hadoop.fs.Path("/fineweb"));
    Path shared = dir.resolve("shared-parquet");
    executor().run(PIPELINE, "test", List.of(in.toString()), shared.toString(), true);
    java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
    new SparkExecutor(JavaSparkContext.fromSparkContext(spark.sparkContext()), new java.io.PrintStream(log, true))
        .run(PIPELINE, "test", List.of(hdfsUri("/fineweb")), hdfsUri("/out-parquet"), true);
    assertThat(log.toString()).contains("5 of 8 Parquet files read by Spark's Parquet data source");
    Path got = download("/out-parquet", "from-hdfs-parquet");
    assertThat(outcome(got, "kept")).isNotEmpty().isEqualTo(outcome(shared, "kept"));
    assertThat(outcome(got, "removed")).isEqualTo(outcome(shared, "removed"));
    assertThat(failures(got)).isEqualTo(failures(shared));
  }

  @Test
  void fileUriOutput_onTheFileCensusPath_givesTheSharedFolderResult() throws Exception {
    // site_boilerplate and verified minhash: census files published by tasks, concluded on the driver.
    Path in = corpus(dir);
    Path shared = dir.resolve("shared");
    executor().run(FILE_CENSUS_PIPELINE, "test", List.of(in.toString()), shared.toString(), true);
    Path viaHadoop = dir.resolve("via-hadoop");
    executor().run(FILE_CENSUS_PIPELINE, "test", List.of(in.toString()), viaHadoop.toUri().toString(), true);
    assertThat(outcome(shared, "removed").values()).anyMatch(v -> v.contains("minhash_dedup"));
    assertThat(outcome(viaHadoop, "kept")).isEqualTo(outcome(shared, "kept"));
    assertThat(outcome(viaHadoop, "removed")).isEqualTo(outcome(shared, "removed"));
    assertThat(viaHadoop.resolve(".saring/work/census/1-minhash_dedup/part-0.done")).exists();

    // Overwriting removes what the earlier run wrote and only that.
    Files.writeString(viaHadoop.resolve("notes.txt"), "mine");
    Files.writeString(viaHadoop.resolve("kept/zzz_Latn.jsonl"), "{}");
    executor().run(FILE_CENSUS_PIPELINE, "test", List.of(in.toString()), viaHadoop.toUri().toString(), true);
    assertThat(viaHadoop.resolve("notes.txt")).exists();
    assertThat(viaHadoop.resolve("kept/zzz_Latn.jsonl")).doesNotExist();
    assertThat(outcome(viaHadoop, "kept")).isEqualTo(outcome(shared, "kept"));
  }
}
