package dev.saring.dedup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Records collected in memory up to a limit and written as runs sorted by (key, document), and the k-way
 * merge that reads runs back a group (one key) at a time: the external sort every stage of the dedup
 * conclusion is built from, so none of them holds more than {@code limit} records.
 */
final class RunSpill {
  private static final Comparator<RecordRuns.Entry> ORDER =
      Comparator.comparingLong(RecordRuns.Entry::key).thenComparingLong(RecordRuns.Entry::doc);

  private final Path dir;
  private final String name;
  private final String kind;
  private final int limit;
  private final List<RecordRuns.Entry> buffer = new ArrayList<>();
  private final List<Path> runs = new ArrayList<>();

  RunSpill(Path dir, String name, String kind, int limit) {
    this.dir = dir;
    this.name = name;
    this.kind = kind;
    this.limit = limit;
  }

  void add(long key, long doc, long rank, String id) throws IOException {
    buffer.add(new RecordRuns.Entry(key, doc, rank, id));
    if (buffer.size() >= limit) {
      spill();
    }
  }

  /** Writes what is buffered; returns every run written. */
  List<Path> finish() throws IOException {
    if (!buffer.isEmpty()) {
      spill();
    }
    return List.copyOf(runs);
  }

  private void spill() throws IOException {
    buffer.sort(ORDER);
    Path run = dir.resolve(name + "-" + runs.size() + "." + kind);
    RecordRuns.write(run, kind, buffer);
    runs.add(run);
    buffer.clear();
  }

  /** A consumer of one group of merged records that share a key, in document order. */
  interface GroupSink {
    void accept(List<RecordRuns.Entry> group) throws IOException;
  }

  /** K-way merge of runs sorted by (key, document), handing over each group of records with one key. */
  static void merge(List<Path> runs, String kind, GroupSink sink) throws IOException {
    List<RecordRuns.Reader> readers = new ArrayList<>();
    PriorityQueue<Head> queue = new PriorityQueue<>();
    try {
      for (Path run : runs) {
        RecordRuns.Reader r = new RecordRuns.Reader(run, kind);
        readers.add(r);
        if (r.hasNext()) {
          queue.add(new Head(r.next(), r));
        }
      }
      List<RecordRuns.Entry> group = new ArrayList<>();
      while (!queue.isEmpty()) {
        long key = queue.peek().entry.key();
        group.clear();
        while (!queue.isEmpty() && queue.peek().entry.key() == key) {
          Head h = queue.poll();
          group.add(h.entry);
          if (h.reader.hasNext()) {
            queue.add(new Head(h.reader.next(), h.reader));
          }
        }
        sink.accept(group);
      }
    } finally {
      for (RecordRuns.Reader r : readers) {
        r.close();
      }
    }
  }

  private record Head(RecordRuns.Entry entry, RecordRuns.Reader reader) implements Comparable<Head> {
    @Override
    public int compareTo(Head o) {
      return ORDER.compare(entry, o.entry);
    }
  }
}
