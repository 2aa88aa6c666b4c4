package shaktiman.app.daemon;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The daemon's one doorway to its standard streams (MI-37): MCP output goes to file descriptor 1 directly, and {@code
 * System.out} is pointed at stderr so that a stray print from a library can never corrupt the protocol. The
 * architecture test allows only this class (and the CLI's main) to touch {@code System.out} and {@code System.in}.
 */
public final class StdioTransport {
    private final InputStream in;
    private final OutputStream out;

    private StdioTransport(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    /** Takes the process's stdio for MCP and redirects {@code System.out} to stderr. */
    public static StdioTransport takeOver() {
        OutputStream fd1 = new FileOutputStream(FileDescriptor.out);
        InputStream fd0 = new FileInputStream(FileDescriptor.in);
        System.setOut(new PrintStream(
                new FileOutputStream(FileDescriptor.err), true, java.nio.charset.StandardCharsets.UTF_8));
        System.setIn(InputStream.nullInputStream());
        return new StdioTransport(fd0, fd1);
    }

    /** Raw bytes from the client (fd 0). */
    public InputStream input() {
        return in;
    }

    /** Raw bytes to the client (fd 1), unbuffered. */
    public OutputStream output() {
        return out;
    }

    /** Prints {@code text} on stdout before serving starts ({@code --help}, {@code --version}). */
    public static void printBeforeServing(String text) {
        System.out.print(text);
        System.out.flush();
    }
}
