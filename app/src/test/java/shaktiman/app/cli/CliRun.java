package shaktiman.app.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import shaktiman.app.ShaktimanMain;

/**
 * Runs the CLI in-process and captures what it printed.
 *
 * @param exit the exit code
 * @param out what went to stdout
 * @param err what went to stderr
 */
record CliRun(int exit, String out, String err) {

    /** Runs {@code args} as from a pipe, with {@code TMPDIR} set to {@code tmpdir} so that P is short and private. */
    static CliRun run(Path tmpdir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ShaktimanMain.run(args, new PrintWriter(out), new PrintWriter(err), env(tmpdir));
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Runs {@code args} with {@code input} on stdin and the given terminals. */
    static CliRun runWith(Path tmpdir, Terminal terminal, String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliStreams streams = new CliStreams(
                new BufferedReader(new StringReader(input)), new PrintWriter(out), new PrintWriter(err), terminal);
        int exit = ShaktimanMain.run(args, streams, env(tmpdir));
        return new CliRun(exit, out.toString(), err.toString());
    }

    static Map<String, String> env(Path tmpdir) {
        return Map.of("TMPDIR", tmpdir.toString());
    }
}
