package shaktiman.app.mcp;

import java.io.IOException;

/**
 * Where a session's output lines go: the daemon wraps a {@code LineWriter}; a promoted proxy filters out the answers to
 * its own {@code shaktiman-proxy:} requests (MI-26). Called from several threads; implementations serialise.
 */
@FunctionalInterface
public interface LineSink {

    /**
     * Writes one line (without terminator).
     *
     * @throws IOException when the peer is gone; the session then reports an output failure
     */
    void send(byte[] line) throws IOException;
}
