package shaktiman.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A tiny line-oriented JSON-RPC peer for the harness's self-test: {@code echo} returns its params, {@code size}
 * returns the byte length of the request line, {@code big} returns a string of {@code params.bytes} characters;
 * invalid JSON gets {@code -32700}; notifications get nothing. It exits at stdin EOF.
 */
public final class FakeMcpServerMain {

    private FakeMcpServerMain() {}

    public static void main(String[] args) throws IOException {
        InputStream in = System.in;
        OutputStream out = System.out;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        int n;
        while ((n = in.read(chunk)) != -1) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (chunk[i] == '\n') {
                    line.write(chunk, start, i - start);
                    answer(line.toByteArray(), out);
                    line.reset();
                    start = i + 1;
                }
            }
            line.write(chunk, start, n - start);
        }
    }

    private static void answer(byte[] bytes, OutputStream out) throws IOException {
        ObjectNode response = McpClient.JSON.createObjectNode().put("jsonrpc", "2.0");
        JsonNode request;
        try {
            request = McpClient.JSON.readTree(bytes);
        } catch (IOException e) {
            response.putNull("id");
            response.putObject("error").put("code", -32700).put("message", "Parse error");
            write(response, out);
            return;
        }
        if (!request.has("id")) {
            return;
        }
        response.set("id", request.get("id"));
        switch (request.path("method").asText()) {
            case "echo" -> response.set("result", request.path("params"));
            case "size" -> response.putObject("result").put("bytes", bytes.length);
            case "big" ->
                response.putObject("result")
                        .put(
                                "text",
                                "y".repeat(request.path("params").path("bytes").asInt()));
            default -> response.putObject("error").put("code", -32601).put("message", "Method not found");
        }
        write(response, out);
    }

    private static void write(JsonNode message, OutputStream out) throws IOException {
        out.write((message.toString() + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
