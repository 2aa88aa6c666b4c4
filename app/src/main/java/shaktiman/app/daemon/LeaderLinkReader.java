package shaktiman.app.daemon;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import shaktiman.app.protocol.LineReader;

/** Reads one link's lines from the leader into the relay and reports the link's loss exactly once (MI-25). */
final class LeaderLinkReader {
    private LeaderLinkReader() {}

    static void run(ProxyRelay.Link link, ProxyRelay relay, BlockingQueue<LifecycleEvent> events) {
        String reason = "eof";
        try {
            LineReader reader = new LineReader(link.connection().input());
            while (true) {
                switch (reader.next()) {
                    case LineReader.Line line -> relay.fromLeader(link, line.bytes());
                    case LineReader.Oversized oversized ->
                        relay.fromLeaderOversized(oversized.length(), oversized.id());
                    case LineReader.Eof eof -> {
                        return;
                    }
                }
            }
        } catch (IOException e) {
            reason = "error";
        } finally {
            events.offer(new LifecycleEvent.LeaderLost(link.generation(), reason));
        }
    }
}
