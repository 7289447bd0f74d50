package dev.saring.spark;

import dev.saring.io.InputFormat;
import dev.saring.io.InputShard;
import dev.saring.io.ParquetRows;
import dev.saring.io.ShardSource;
import java.io.PrintStream;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.InputFileBlockHolder;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * A function run once per input shard as a Spark job. Parquet files are read by Spark's own Parquet data
 * source: one file per partition (no splitting or packing), each row as the JSON of all its columns, in
 * file order, ids from the row index; so they are read straight from HDFS or S3 with Spark's vectorized
 * reader and no local copy. Every other shard is one task that reads its files with saring's readers
 * (remote files copied to local disk first).
 *
 * <p>A Parquet file whose footer cannot be read, or that has no rows, is read the second way, so it is
 * reported ({@code parquet:unreadable}) or counted empty exactly as the local executor does; a file damaged
 * further on ends as {@code parquet:unreadable} after its last readable rows.
 */
final class ShardJobs {
  /** What runs for each shard: the shard as described, and where its documents come from. */
  interface ShardFunction<T> extends Serializable {
    T apply(ShardSpec spec, InputShard shard, ShardSource source) throws Exception;
  }

  // Larger than any file and any sum Spark adds: every file is a partition of its own, never split.
  private static final String HUGE = String.valueOf(1L << 50);
  private static final String JSON = "saring_row_json";
  private static final String FILE = "saring_file_path";

  private final JavaSparkContext jsc;
  private final TaskEnv env;
  private final PrintStream log;
  private final List<ShardSpec> all;
  private Set<String> bySpark;

  /** Jobs over subsets of {@code all}, the run's shards; every pass reads a shard the same way. */
  ShardJobs(JavaSparkContext jsc, TaskEnv env, List<ShardSpec> all, PrintStream log) {
    this.jsc = jsc;
    this.env = env;
    this.all = List.copyOf(all);
    this.log = log;
  }

  <T> JavaRDD<T> map(List<ShardSpec> specs, ShardFunction<T> fn) {
    Set<String> viaSpark = readableParquet();
    List<ShardSpec> files = specs.stream().filter(s -> !viaSpark.contains(s.id())).toList();
    List<ShardSpec> parquet = specs.stream().filter(s -> viaSpark.contains(s.id())).toList();
    List<JavaRDD<T>> parts = new ArrayList<>();
    if (!files.isEmpty() || parquet.isEmpty()) {
      TaskEnv e = env;
      parts.add(jsc.parallelize(files, Math.max(1, files.size())).map(spec -> {
        try (ShardSpec.LocalShard local = spec.open(e.output().hadoop())) {
          return fn.apply(spec, local.shard(), ShardSource.FILES);
        }
      }));
    }
    if (!parquet.isEmpty()) {
      parts.add(parquetRows(parquet, fn));
    }
    return parts.size() == 1 ? parts.get(0) : jsc.union(parts.get(0), parts.get(1));
  }

  /** The Parquet shards of the run whose footer reads and that hold rows (checked once per run). */
  private Set<String> readableParquet() {
    if (bySpark == null) {
      bySpark = new TreeSet<>();
      List<ShardSpec> parquet = all.stream()
          .filter(s -> s.format().equals(InputFormat.PARQUET.name()) && s.files().size() == 1).toList();
      if (!parquet.isEmpty()) {
        HadoopConf hadoop = env.output().hadoop();
        bySpark.addAll(jsc.parallelize(parquet, parquet.size()).filter(spec -> {
          try (ParquetFileReader r = ParquetFileReader.open(
              HadoopInputFile.fromPath(new Path(spec.files().get(0)), hadoop.configuration()))) {
            return r.getRecordCount() > 0;
          } catch (Exception e) {
            return false;
          }
        }).map(ShardSpec::id).collect());
        log.printf("[saring] %d of %d Parquet files read by Spark's Parquet data source (the others hold no rows"
            + " or no readable footer)%n", bySpark.size(), parquet.size());
      }
    }
    return bySpark;
  }

  private <T> JavaRDD<T> parquetRows(List<ShardSpec> specs, ShardFunction<T> fn) {
    SparkSession session = SparkSession.active().newSession();
    session.conf().set("spark.sql.files.maxPartitionBytes", HUGE);
    session.conf().set("spark.sql.files.openCostInBytes", HUGE);
    session.conf().set("spark.sql.session.timeZone", "UTC");
    // Unannotated byte columns as text, as saring's own Parquet reader takes them.
    session.conf().set("spark.sql.parquet.binaryAsString", "true");
    Map<String, ShardSpec> byPath = new TreeMap<>();
    for (ShardSpec s : specs) {
      byPath.put(pathOf(s.files().get(0)), s);
    }
    Dataset<Row> rows = session.read().option("mergeSchema", "true")
        .parquet(specs.stream().map(s -> literal(s.files().get(0))).toArray(String[]::new));
    List<Column> columns = new ArrayList<>();
    for (String c : rows.columns()) {
      columns.add(functions.col("`" + c.replace("`", "``") + "`"));
    }
    Dataset<Row> json = rows.select(
        functions.to_json(functions.struct(columns.toArray(Column[]::new)), Map.of(
            "timestampFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", "dateFormat", "yyyy-MM-dd")).as(JSON),
        functions.col("_metadata.file_path").as(FILE));
    return json.javaRDD().mapPartitions(partition -> {
      FileRows file = new FileRows(partition);
      if (file.path == null) {
        return Collections.<T>emptyIterator();
      }
      ShardSpec spec = byPath.get(sparkPath(file.path));
      if (spec == null) {
        throw new IllegalStateException("Spark read a Parquet file that is not an input: " + file.path);
      }
      String name = new Path(spec.files().get(0)).getName();
      T result = fn.apply(spec, spec.described(),
          (shard, options, failures) -> new ParquetRows(name, options, failures).reader(file, spec.bytes()));
      if (file.otherFile()) {
        throw new IllegalStateException("Spark put two Parquet files in one partition: " + file.path);
      }
      return List.of(result).iterator();
    });
  }

  private static String pathOf(String fileOrUri) {
    return new Path(fileOrUri).toUri().getPath();
  }

  /** Spark names files by URL-encoded URI. */
  private static String sparkPath(String encoded) {
    try {
      return new URI(encoded).getPath();
    } catch (URISyntaxException e) {
      return pathOf(encoded);
    }
  }

  /** Spark takes paths as glob patterns; a file name with glob characters names only itself. */
  private static String literal(String path) {
    return path.replaceAll("([\\\\\\[\\]{}*?])", "\\\\$1");
  }

  /**
   * The rows of the partition's first file, as JSON text; stops where another file would begin. Its path is
   * null for an empty partition.
   */
  private static final class FileRows implements Iterator<String> {
    private final Iterator<Row> rows;
    private final String path;
    private Row next;
    private Exception firstFailure;
    private boolean stopped;
    private boolean otherFile;

    FileRows(Iterator<Row> rows) {
      this.rows = rows;
      String first = null;
      try {
        if (rows.hasNext()) {
          next = rows.next();
          first = next.getString(1);
        }
      } catch (Exception e) {
        // A page damaged before the first row: the file being read is only known to Spark's reader here.
        first = InputFileBlockHolder.getInputFilePath().toString();
        if (first.isEmpty()) {
          throw new IllegalStateException("Spark could not read a Parquet file", e);
        }
        firstFailure = e;
      }
      this.path = first;
    }

    @Override
    public boolean hasNext() {
      if (firstFailure != null) {
        Exception e = firstFailure;
        firstFailure = null;
        stopped = true;
        throw new IllegalStateException(readerMessage(e), e);
      }
      if (next == null && !stopped && readerHasNext()) {
        next = rows.next();
        if (!next.getString(1).equals(path)) {
          otherFile = true;
          stopped = true;
          next = null;
        }
      }
      return next != null;
    }

    @Override
    public String next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      String json = next.getString(0);
      next = null;
      return json;
    }

    boolean otherFile() {
      return otherFile;
    }

    private boolean readerHasNext() {
      try {
        return rows.hasNext();
      } catch (Exception e) {
        throw new IllegalStateException(readerMessage(e), e);
      }
    }

    /** What the Parquet reader said, not Spark's wrapper around it: the message saring's own reader gives. */
    private static String readerMessage(Throwable e) {
      Throwable c = e;
      while (c.getClass().getName().startsWith("org.apache.spark.") && c.getCause() != null) {
        c = c.getCause();
      }
      return c.getMessage();
    }
  }
}
