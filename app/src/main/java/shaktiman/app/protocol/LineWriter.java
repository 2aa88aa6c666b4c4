package shaktiman.app.protocol;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the protocol's framing (MI-18): each call writes one line, its {@code \n} and a flush, serialised so that lines
 * never interleave. The first failed write (EPIPE: the peer is gone) is thrown to its caller and marks the writer
 * broken; later lines are dropped and logged at DEBUG, because the one failure has already been reported.
 *
 * <p>Give it the raw stream ({@code new FileOutputStream(FileDescriptor.out)}), never a {@code PrintStream}, which hides
 * write errors. Thread-safe.
 */
public final class LineWriter {

    private static final Logger LOG = LoggerFactory.getLogger(LineWriter.class);

    private final OutputStream out;
    private boolean broken;

    public LineWriter(OutputStream out) {
        this.out = new BufferedOutputStream(Objects.requireNonNull(out, "out"), 64 * 1024);
    }

    /**
     * Writes {@code line} (which must not contain a newline) followed by {@code \n}, and flushes.
     *
     * @throws IOException the first time a write fails
     */
    public synchronized void writeLine(byte[] line) throws IOException {
        Objects.requireNonNull(line, "line");
        if (broken) {
            LOG.atDebug().addKeyValue("bytes", line.length).log("line dropped: the output failed earlier");
            return;
        }
        try {
            out.write(line);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            broken = true;
            throw e;
        }
    }

    /** Whether a write has failed. */
    public synchronized boolean broken() {
        return broken;
    }
}
