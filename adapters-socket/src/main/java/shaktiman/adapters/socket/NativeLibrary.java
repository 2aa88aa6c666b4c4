package shaktiman.adapters.socket;

import org.newsclub.net.unix.AFUNIXSocket;
import shaktiman.core.port.TransportException;

/** Loads junixsocket's native library once and explains a failure in terms a user can act on. */
final class NativeLibrary {

    private NativeLibrary() {}

    static void ensureLoaded() {
        try {
            AFUNIXSocket.ensureSupported();
        } catch (UnsupportedOperationException | LinkageError e) {
            throw new TransportException(
                    "cannot load junixsocket's native library (it is extracted to java.io.tmpdir="
                            + System.getProperty("java.io.tmpdir")
                            + "; set -Dorg.newsclub.net.unix.library.tmpdir=<writable, executable dir> to use another):"
                            + " "
                            + e,
                    e);
        }
    }
}
