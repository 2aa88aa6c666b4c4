package shaktiman.app.daemon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import shaktiman.app.protocol.JsonRpcId;
import shaktiman.app.protocol.JsonText;

/** The few protocol lines the proxy writes on its own behalf (MI-26, MI-27, MI-29). */
final class Wire {
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonText.newFactory());

    static final byte[] INITIALIZED =
            "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}".getBytes(StandardCharsets.UTF_8);
    static final byte[] PING = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"ping\"}".getBytes(StandardCharsets.UTF_8);

    private Wire() {}

    /** {@code request} (a client line already inspected as a request) with its id replaced by {@code id}. */
    static byte[] withId(byte[] request, JsonRpcId id) {
        try {
            ObjectNode node = (ObjectNode) MAPPER.readTree(request);
            node.set("id", MAPPER.readTree(id.json()));
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot re-address a request that was inspected as valid", e);
        }
    }
}
