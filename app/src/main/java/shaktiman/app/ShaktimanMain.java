package shaktiman.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import shaktiman.app.cli.Cli;
import shaktiman.app.cli.CliAdapters;
import shaktiman.app.cli.CliStreams;
import shaktiman.app.cli.Terminal;
import shaktiman.app.log.DaemonLogging;
import shaktiman.app.log.LogLevel;
import shaktiman.app.log.LogRole;

/** Entry point of the {@code shaktiman} CLI: hands the standard streams to picocli and exits with its code. */
public final class ShaktimanMain {
    private ShaktimanMain() {}

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        // The only place the CLI touches the standard streams.
        CliStreams streams = new CliStreams(
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)),
                Terminal.detect(env));
        // Library and core log records never reach stdout: ERROR only, on stderr, until index/reindex move them into
        // the project's log.
        DaemonLogging logging = DaemonLogging.toStderr(LogLevel.ERROR, LogRole.CLI);
        int exit = Cli.run(args, streams, env, new CliAdapters(logging));
        logging.close();
        System.exit(exit);
    }

    /**
     * Runs one command line with no input and no terminal, as a pipe or a test sees it; returns the exit code.
     *
     * @param out where results go
     * @param err where messages for people go
     * @param env the environment (TMPDIR decides the socket path)
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        return run(args, new CliStreams(new BufferedReader(Reader.nullReader()), out, err, Terminal.none()), env);
    }

    /** Runs one command line on the given streams; returns the exit code. */
    public static int run(String[] args, CliStreams streams, Map<String, String> env) {
        return Cli.run(args, streams, env, new CliAdapters());
    }
}
