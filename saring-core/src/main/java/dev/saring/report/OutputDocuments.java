package dev.saring.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saring.document.Document;
import dev.saring.document.DocumentJson;
import dev.saring.io.Compression;
import dev.saring.io.DocumentReader;
import dev.saring.io.InputFormat;
import dev.saring.io.InputShard;
import dev.saring.io.ReadFailures;
import dev.saring.io.ReaderOptions;
import dev.saring.io.Readers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The documents of a run's output folder ({@code kept/} or {@code removed/}), file by file, in name order. */
public final class OutputDocuments {
  /** One output document and whether it was kept. */
  public record Entry(boolean kept, JsonNode doc) {
    public String id() {
      return doc.path("id").asText();
    }

    public String text() {
      return doc.path("text").asText();
    }

    public JsonNode metadata() {
      return doc.path("metadata");
    }
  }

  /** Receives documents; returns false to stop early. */
  public interface Visitor {
    boolean visit(Entry e) throws IOException;
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private OutputDocuments() {}

  /** Visits kept and/or removed documents of {@code out}; a damaged line is skipped, a damaged file ends early. */
  public static void forEach(Path out, boolean kept, boolean removed, Visitor visitor) throws IOException {
    List<Path> files = new ArrayList<>();
    if (kept) {
      files.addAll(files(out.resolve("kept")));
    }
    if (removed) {
      files.addAll(files(out.resolve("removed")));
    }
    for (Path f : files) {
      boolean isKept = f.startsWith(out.resolve("kept"));
      if (f.getFileName().toString().endsWith(".parquet")) {
        if (!parquet(f, isKept, visitor)) {
          return;
        }
        continue;
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          Compression.ofFileName(f.getFileName().toString()).input(Files.newInputStream(f)), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          JsonNode n;
          try {
            n = JSON.readTree(line);
          } catch (IOException e) {
            continue;
          }
          if (!visitor.visit(new Entry(isKept, n))) {
            return;
          }
        }
      } catch (IOException e) {
        // A truncated or damaged output file: what was read counts, the rest of the file is skipped.
      }
    }
  }

  /** Documents of a Parquet output file, as the JSON lines a JSONL output would hold; false when stopped. */
  private static boolean parquet(Path f, boolean isKept, Visitor visitor) throws IOException {
    InputShard shard = new InputShard(f.getFileName().toString(), InputFormat.PARQUET, List.of(f), f.getParent(),
        Files.size(f));
    try (DocumentReader reader = Readers.open(shard, ReaderOptions.DEFAULTS, ReadFailures.ignoring())) {
      for (Document doc : reader) {
        if (!visitor.visit(new Entry(isKept, JSON.readTree(DocumentJson.toJson(doc))))) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<Path> files(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).filter(p -> (p.toString().contains(".jsonl") || p.toString().endsWith(".parquet"))).sorted().toList();
    }
  }
}
