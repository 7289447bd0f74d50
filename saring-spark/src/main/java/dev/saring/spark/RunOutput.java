package dev.saring.spark;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import dev.saring.exec.CensusPass;
import dev.saring.exec.OutputLayout;
import dev.saring.io.JsonlWriter;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Where a Spark run writes. A plain path is a folder that the driver and every executor see (local disk for
 * local[N], a shared mount on a cluster), and everyone works in it directly. A URI ({@code hdfs://},
 * {@code s3a://}, {@code gs://}, {@code file://}) names a Hadoop file system: the driver and each task work in
 * a private folder on local disk and publish what they finished to it, completion markers last. The
 * conclusions of corpus steps (the only files tasks read back) are pulled once per executor JVM.
 *
 * <p>A census folder's {@code concluded} marker lists the files its conclusion wrote; tasks pull those and
 * never the per-shard census files.
 */
record RunOutput(String location, String runId, HadoopConf hadoop) implements Serializable {
  private static final ConcurrentHashMap<String, Path> EXECUTOR_CACHES = new ConcurrentHashMap<>();

  static RunOutput of(String location, String runId, HadoopConf hadoop) {
    String where = RemoteInputs.isRemote(location) ? location : Path.of(location).toAbsolutePath().normalize().toString();
    return new RunOutput(where, runId, hadoop);
  }

  boolean staged() {
    return RemoteInputs.isRemote(location);
  }

  /** The folder the driver works in: the output itself, or the driver's local copy of what it needs. */
  OutputLayout driverLayout() {
    return new OutputLayout(staged() ? localRoot("driver") : Path.of(location));
  }

  /**
   * Readies the output for a run: with {@code overwrite} removes what earlier runs wrote; for a staged output
   * pulls the run definition, the shards' completion markers and the finished conclusions into the driver's
   * folder, so resume and the run-definition check see what the output holds.
   */
  void prepare(boolean overwrite) throws IOException {
    OutputLayout driver = driverLayout();
    if (!staged()) {
      driver.prepare(overwrite);
      return;
    }
    MoreFiles.deleteRecursively(driver.root(), RecursiveDeleteOption.ALLOW_INSECURE);
    driver.prepare(false);
    HadoopFolder remote = remote();
    remote.makeRoot();
    if (overwrite) {
      for (String owned : OutputLayout.OWNED) {
        remote.delete(owned);
      }
      return;
    }
    remote.pull(relative(driver.root(), driver.runFile()), driver.root());
    for (String marker : remote.list(relative(driver.root(), driver.markers()))) {
      remote.pull(marker, driver.root());
    }
    pullConclusions(remote, driver.root());
  }

  /** Publishes files the driver wrote in its folder (no-op when the driver works in the output itself). */
  void publish(List<Path> files) throws IOException {
    if (staged()) {
      publish(remote(), driverLayout(), files);
    }
  }

  /**
   * Copies {@code files} to the same places under the output, completion markers (the shards', the
   * census's) after everything else, so a task that dies mid-way leaves no marker vouching for files that
   * are missing.
   */
  private static void publish(HadoopFolder remote, OutputLayout local, List<Path> files) throws IOException {
    List<Path> ordered = new ArrayList<>(files);
    ordered.sort(Comparator.comparing((Path f) -> f.startsWith(local.markers()) || CensusPass.isMarker(f))
        .thenComparing(Path::toString));
    remote.publish(local.root(), ordered);
  }

  /** Brings what tasks published under the driver's {@code folder} into it, for a conclusion on the driver. */
  void pullFolder(Path folder) throws IOException {
    if (!staged()) {
      return;
    }
    Path root = driverLayout().root();
    HadoopFolder remote = remote();
    for (String file : remote.list(relative(root, folder))) {
      remote.pull(file, root);
    }
  }

  /** The layout tasks read conclusions from, with every finished conclusion present. */
  OutputLayout readLayout() throws IOException {
    if (!staged()) {
      return new OutputLayout(Path.of(location));
    }
    Path cache = EXECUTOR_CACHES.computeIfAbsent(runId, r -> {
      Path dir = localRoot("executor");
      // Executors outlive runs on a cluster only as long as their application; the copies go with them.
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir.getParent())));
      return dir;
    });
    synchronized (cache) {
      pullConclusions(remote(), cache);
    }
    return new OutputLayout(cache);
  }

  /** A folder a task writes into; {@link TaskFolder#commit} publishes it. */
  TaskFolder openTask() throws IOException {
    if (!staged()) {
      return new TaskFolder(new OutputLayout(Path.of(location)), Set.of(), null);
    }
    Path cache = readLayout().root();
    Path task = Files.createTempDirectory("saring-task-");
    Set<Path> linked = new HashSet<>();
    Path census = new OutputLayout(cache).work("census");
    if (Files.isDirectory(census)) {
      try (Stream<Path> files = Files.walk(census)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Path dst = task.resolve(cache.relativize(f));
          Files.createDirectories(dst.getParent());
          link(f, dst);
          linked.add(dst);
        }
      }
    }
    return new TaskFolder(new OutputLayout(task), linked, remote());
  }

  /** Publishes a census folder's conclusion files and then its {@code concluded} marker. */
  void publishConclusion(Path folder, List<String> conclusion) throws IOException {
    List<Path> files = new ArrayList<>(conclusion.stream().map(folder::resolve).toList());
    files.add(CensusPass.concludedMarker(folder));
    publish(files);
  }

  /** Removes the driver's local folder of a staged run, and the executor copies when they share its JVM. */
  void closeDriver() {
    if (staged()) {
      deleteQuietly(driverLayout().root().getParent());
      EXECUTOR_CACHES.remove(runId);
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      MoreFiles.deleteRecursively(dir, RecursiveDeleteOption.ALLOW_INSECURE);
    } catch (IOException e) {
      // A temporary folder left behind is not worth failing a finished run for.
    }
  }

  private static void pullConclusions(HadoopFolder remote, Path localRoot) throws IOException {
    String census = relative(localRoot, new OutputLayout(localRoot).work("census"));
    for (String step : remote.folders(census)) {
      String folder = census + "/" + step;
      Path marker = CensusPass.concludedMarker(localRoot.resolve(folder));
      String remoteMarker = relative(localRoot, marker);
      if (Files.exists(marker) || !remote.exists(remoteMarker)) {
        continue;
      }
      for (String name : remote.read(remoteMarker).lines().filter(l -> !l.isBlank()).toList()) {
        if (!remote.pull(folder + "/" + name, localRoot)) {
          throw new IOException("conclusion file missing from the output: " + remote + "/" + folder + "/" + name);
        }
      }
      remote.pull(remoteMarker, localRoot);
    }
  }

  private HadoopFolder remote() throws IOException {
    return new HadoopFolder(location, hadoop.configuration());
  }

  private Path localRoot(String role) {
    try {
      Path dir = Path.of(System.getProperty("java.io.tmpdir"), "saring-spark-" + runId, role);
      Files.createDirectories(dir);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a local folder for the run", e);
    }
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }

  private static void link(Path existing, Path link) throws IOException {
    try {
      Files.createLink(link, existing);
    } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
      // Another file system under the temporary folder, or no hard links there: a copy does the same.
      Files.copy(existing, link, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * A task's output folder: the run's own folder ({@code remote} null), or a private one that
   * {@link #commit} publishes and {@link #close} removes.
   */
  record TaskFolder(OutputLayout layout, Set<Path> linked, HadoopFolder remote) implements AutoCloseable {
    /** Publishes what the task wrote (markers last); nothing to do when it wrote into the output itself. */
    void commit() throws IOException {
      if (remote == null) {
        return;
      }
      List<Path> written;
      try (Stream<Path> files = Files.walk(layout.root())) {
        written = files.filter(Files::isRegularFile).filter(f -> !linked.contains(f))
            .filter(f -> !f.getFileName().toString().endsWith(JsonlWriter.TMP_SUFFIX)).toList();
      }
      publish(remote, layout, written);
    }

    @Override
    public void close() throws IOException {
      if (remote != null) {
        MoreFiles.deleteRecursively(layout.root(), RecursiveDeleteOption.ALLOW_INSECURE);
      }
    }
  }
}
