package shaktiman.app.daemon;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import shaktiman.app.mcp.LineSink;
import shaktiman.app.protocol.Inspection;
import shaktiman.app.protocol.LineWriter;
import shaktiman.app.protocol.MessageInspector;

/**
 * The local session's way to the client's stdout. After a promotion it swallows the answer to the replayed {@code
 * initialize} (sent under a {@code shaktiman-proxy:} id, MI-26) and only then stops looking at ids; a failed write means
 * the client has gone (MI-54).
 */
final class PromotedSink implements LineSink {
    private final LineWriter toClient;
    private final BlockingQueue<LifecycleEvent> events;
    private volatile boolean awaitingProxyAnswer;

    PromotedSink(LineWriter toClient, BlockingQueue<LifecycleEvent> events, boolean awaitingProxyAnswer) {
        this.toClient = toClient;
        this.events = events;
        this.awaitingProxyAnswer = awaitingProxyAnswer;
    }

    @Override
    public void send(byte[] line) throws IOException {
        if (awaitingProxyAnswer) {
            if (MessageInspector.inspect(line) instanceof Inspection.Response response
                    && ProxyRelay.isProxyId(response.id())) {
                awaitingProxyAnswer = false;
                return;
            }
        }
        try {
            toClient.writeLine(line);
        } catch (IOException e) {
            events.offer(new LifecycleEvent.ClientGone("stdout write failed: " + e.getMessage()));
            throw e;
        }
    }
}
