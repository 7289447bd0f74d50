package dev.saring.cli;

import dev.saring.lang.LanguageCodes;
import dev.saring.lang.LanguageGuess;
import dev.saring.lang.LanguageIdentifier;
import dev.saring.lang.LanguageIdentifiers;
import dev.saring.lang.MalayicDisambiguator;
import dev.saring.step.StepContext;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code saring lid}: the language of each line on stdin, one {@code LANG<TAB>PROBABILITY} line out per line in. */
@Command(name = "lid", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Identify the language of each line of stdin.",
        "Prints LANG<TAB>PROBABILITY per input line (ISO 639-3 + script, e.g. ind_Latn); an empty line gives und<TAB>0."},
    footer = {"", "Examples:", "  printf 'Saya tidak tahu.\\n' | saring lid",
        "  saring lid --model lid176 < sentences.txt     # fastText lid.176 (saring models pull lid176)",
        "  saring lid --model path/to/model.bin < sentences.txt"})
final class LidCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--model", paramLabel = "PATH|NAME",
      description = "A fastText model (.bin/.ftz) or a pulled model name (lid176, glotlid). Default: the built-in model.")
  String model;

  @Option(names = "--no-malayic", description = "Skip the Indonesian/Malay disambiguation.")
  boolean noMalayic;

  @Override
  public Integer call() throws IOException {
    LanguageIdentifier id;
    try {
      StepContext context = StepContext.standalone();
      id = model == null ? LanguageIdentifiers.ngram(context, List.of()) : LanguageIdentifiers.fastText(context, model);
    } catch (UncheckedIOException | IllegalStateException e) {
      String why = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
      spec.commandLine().getErr().println("saring: " + why);
      return ExitCodes.USAGE;
    }
    MalayicDisambiguator malayic = MalayicDisambiguator.standard();
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, decoder), 1 << 16);
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      List<LanguageGuess> g = id.identify(line, 1);
      if (g.isEmpty()) {
        out.write(LanguageCodes.UNDETERMINED + "\t0\n");
        continue;
      }
      String code = noMalayic ? g.get(0).code() : malayic.relabel(g.get(0).code(), line);
      double p = g.get(0).probability();
      out.write(code);
      out.write('\t');
      out.write(String.format(Locale.ROOT, "%.4f", p));
      out.write('\n');
    }
    out.flush();
    return ExitCodes.OK;
  }
}
