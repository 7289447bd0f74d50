package dev.saring.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saring.testing.Prose;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The corpus the Spark tests run on, and what they compare of a run's output. */
final class SparkFixture {
  static final ObjectMapper JSON = new ObjectMapper();

  private SparkFixture() {}

  /**
   * Families of near-copies built from real prose: exact copies, copies with a footer, with a paragraph cut,
   * with words replaced, plus chains (each copy edited from the previous) and documents too short to pass.
   */
  static Path corpus(Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    List<String> paragraphs = new ArrayList<>();
    for (String text : List.of(Prose.ENGLISH, Prose.INDONESIAN)) {
      paragraphs.addAll(List.of(text.split("\n\n")));
    }
    SplittableRandom r = new SplittableRandom(5);
    List<List<String>> shards = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    int n = 0;
    for (int family = 0; family < 12; family++) {
      StringBuilder base = new StringBuilder();
      for (int p = 0; p < 4; p++) {
        base.append(paragraphs.get(r.nextInt(paragraphs.size()))).append(" Family ").append(family).append(".\n\n");
      }
      String text = base.toString().strip();
      for (int copy = 0; copy < 5; copy++) {
        String t = switch (copy) {
          case 0, 1 -> text;
          case 2 -> text + "\n\nRead more stories like this one on our site every day.";
          case 3 -> text.substring(text.indexOf("\n\n") + 2);
          default -> replaceWords(text, r);
        };
        text = family % 3 == 0 ? t : text; // every third family is a chain of edits
        shards.get(r.nextInt(3)).add(doc("f" + family + "-c" + copy + "-" + n++, t));
      }
    }
    for (int i = 0; i < 6; i++) {
      shards.get(i % 3).add(doc("short-" + i, "Buy now! Only today."));
    }
    shards.get(0).add("{\"id\": \"broken\", \"text\": ");   // a line cut short
    shards.get(1).add("not json at all");
    for (int s = 0; s < 3; s++) {
      Files.write(in.resolve("part-" + s + ".jsonl"), shards.get(s));
    }
    // A gzip file cut in the middle: what precedes the cut is read, the cut is counted.
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(String.join("\n", shards.get(2)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    byte[] whole = gz.toByteArray();
    Files.write(in.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
    return in;
  }

  static String replaceWords(String text, SplittableRandom r) {
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (r.nextInt(40) == 0) {
        words[i] = "word" + r.nextInt(1000);
      }
    }
    return String.join(" ", words);
  }

  static String doc(String id, String text) throws IOException {
    return JSON.writeValueAsString(Map.of("id", id, "text", text, "language", "eng_Latn"));
  }

  /** id -> the document's text and metadata, for every document in a folder of the output. */
  static Map<String, String> outcome(Path out, String folder) throws IOException {
    Map<String, String> docs = new TreeMap<>();
    Path root = out.resolve(folder);
    if (!Files.exists(root)) {
      return docs;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(x -> x.toString().endsWith(".jsonl")).toList()) {
        for (String line : Files.readAllLines(f)) {
          JsonNode n = JSON.readTree(line);
          docs.put(n.get("id").asText(), f.getParent().getFileName() + " " + n.get("text").asText() + " "
              + n.get("metadata"));
        }
      }
    }
    return docs;
  }

  /** The failure records of a run (reason, file, offset), sorted. */
  static List<String> failures(Path out) throws IOException {
    List<String> lines = new ArrayList<>();
    if (Files.exists(out.resolve("failed"))) {
      try (Stream<Path> files = Files.walk(out.resolve("failed"))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          for (String line : Files.readAllLines(f)) {
            JsonNode n = JSON.readTree(line);
            lines.add(n.get("reason").asText() + " " + n.get("file").asText() + " " + n.get("offset").asText());
          }
        }
      }
    }
    java.util.Collections.sort(lines);
    return lines;
  }

  static PrintStream quiet() {
    return new PrintStream(OutputStream.nullOutputStream());
  }
}
