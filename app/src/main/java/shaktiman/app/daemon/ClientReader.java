package shaktiman.app.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.BlockingQueue;
import shaktiman.app.protocol.LineReader;

/**
 * Reads the client's stdin from the moment the process starts (MI-22: a proxy buffers while it waits) until EOF, and
 * hands every line to the relay. A platform daemon thread: a blocked stdin read never holds up exit (MI-55).
 */
final class ClientReader {
    private ClientReader() {}

    static void start(InputStream stdin, ProxyRelay relay, BlockingQueue<LifecycleEvent> events) {
        Thread.ofPlatform().name("stdin-reader").daemon(true).start(() -> {
            String reason = "stdin closed";
            try {
                LineReader reader = new LineReader(stdin);
                while (true) {
                    switch (reader.next()) {
                        case LineReader.Line line -> relay.fromClient(line.bytes());
                        case LineReader.Oversized oversized ->
                            relay.fromClientOversized(oversized.length(), oversized.id());
                        case LineReader.Eof eof -> {
                            return;
                        }
                    }
                }
            } catch (IOException e) {
                reason = "stdin read failed: " + e.getMessage();
            } finally {
                events.offer(new LifecycleEvent.ClientGone(reason));
            }
        });
    }
}
