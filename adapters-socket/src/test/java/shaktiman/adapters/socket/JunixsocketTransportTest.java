package shaktiman.adapters.socket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import shaktiman.core.port.TransportPort;
import shaktiman.testkit.contract.TransportPortContract;

/** Verifies that {@link JunixsocketTransport} keeps the transport contract on real Unix domain sockets. */
class JunixsocketTransportTest extends TransportPortContract {

    @Override
    protected TransportPort transport() {
        return new JunixsocketTransport();
    }

    @Override
    protected void deletePath(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("delete " + path, e);
        }
    }

    @Override
    protected boolean pathExists(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }
}
