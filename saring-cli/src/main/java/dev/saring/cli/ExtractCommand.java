package dev.saring.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saring.document.Document;
import dev.saring.document.DocumentJson;
import dev.saring.extract.ExtractStep;
import dev.saring.step.Verdict;
import dev.saring.text.TextDecoder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code saring extract FILE.html ...} and {@code saring extract --jsonl}: the main text of HTML pages. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Print the main text of HTML pages, one paragraph per line.",
        "With --jsonl: read {\"id\",\"html\"[,\"url\"]} lines on stdin, write {\"id\",\"text\",\"metadata\"} lines."},
    footer = {"", "Examples:", "  saring extract page.html", "  zcat pages.jsonl.gz | saring extract --jsonl > text.jsonl"})
final class ExtractCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "HTML files (charset from BOM, <meta>, or detected).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--jsonl", description = "Read JSON lines on stdin and write documents on stdout.")
  boolean jsonl;

  @Option(names = "--comments", description = "Keep user comments.")
  boolean comments;

  @Option(names = "--no-tables", description = "Leave data tables out.")
  boolean noTables;

  @Override
  public Integer call() throws IOException {
    ExtractStep step = new ExtractStep(new ExtractStep.Options(5, 2_000, comments, !noTables));
    if (jsonl) {
      return jsonLines(step);
    }
    if (files.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Give HTML files, or --jsonl to read stdin");
    }
    PrintWriter out = spec.commandLine().getOut();
    int status = ExitCodes.OK;
    for (Path file : files) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (NoSuchFileException e) {
        spec.commandLine().getErr().println("saring: no such file: " + file);
        status = ExitCodes.USAGE;
        continue;
      }
      if (TextDecoder.looksBinary(bytes)) {
        spec.commandLine().getErr().println("saring: " + file + ": failed binary (not HTML)");
        continue;
      }
      Document doc = new Document(file.toString(), TextDecoder.decodeHtml(bytes, bytes.length, null).text());
      doc.metadata().put(Document.CONTENT_TYPE, "text/html");
      Verdict v = step.apply(doc);
      if (files.size() > 1) {
        out.println("==> " + file + " <==");
      }
      out.println(v.kept() ? doc.text() : "");
      if (!v.kept()) {
        spec.commandLine().getErr().println("saring: " + file + ": " + v.kind().name().toLowerCase() + " " + v.reason());
      }
    }
    out.flush();
    return status;
  }

  private int jsonLines(ExtractStep step) throws IOException {
    ObjectMapper json = new ObjectMapper();
    OutputStream stdout = System.out;
    DocumentJson.LineWriter lines = new DocumentJson.LineWriter(stdout);
    PrintWriter err = spec.commandLine().getErr();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    long n = 0;
    long bad = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = json.readTree(line);
      } catch (IOException e) {
        err.println("saring: line " + n + ": not JSON");
        bad++;
        continue;
      }
      if (!node.path("html").isTextual()) {
        err.println("saring: line " + n + ": no \"html\" string");
        bad++;
        continue;
      }
      Document doc = new Document(node.path("id").asText(String.valueOf(n)), node.get("html").asText(),
          new LinkedHashMap<>());
      doc.metadata().put(Document.CONTENT_TYPE, "text/html");
      if (node.path("url").isTextual()) {
        doc.metadata().put(Document.URL, node.get("url").asText());
      }
      Verdict v = step.apply(doc);
      if (!v.kept()) {
        doc.text("");
        doc.metadata().put("extract_result", v.kind().name().toLowerCase() + ":" + v.reason());
      }
      lines.write(doc);
    }
    stdout.flush();
    if (bad > 0) {
      err.println("saring: " + bad + " of " + n + " lines skipped (see above)");
    }
    err.flush();
    return ExitCodes.OK;
  }
}
