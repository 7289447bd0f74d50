package dev.saring.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process and captures what it prints. */
record Cli(int exit, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    picocli.CommandLine cl = SaringCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Cli(exit, out.toString(), err.toString());
  }

  /** For commands that stream bytes on stdin and stdout: swaps System.in and System.out for the call. */
  static synchronized Cli runWithStdin(byte[] stdin, String... args) {
    InputStream oldIn = System.in;
    PrintStream oldOut = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setIn(new ByteArrayInputStream(stdin));
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      Cli r = run(args);
      System.out.flush();
      return new Cli(r.exit(), r.out() + bytes.toString(StandardCharsets.UTF_8), r.err());
    } finally {
      System.setIn(oldIn);
      System.setOut(oldOut);
    }
  }
}
