package shaktiman.app.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Verifies the exact error lines of MCP-8, MI-19 and MI-20, compact and with the id's JSON type kept. */
class ProtocolErrorsTest {

    private static String text(byte[] line) {
        return new String(line, UTF_8);
    }

    @Test
    void parseError_hasNullId() {
        assertThat(text(ProtocolErrors.parseError()))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"Parse error\"}}");
    }

    @Test
    void invalidRequest_echoesIntegerAndStringIdsWithTheirType() {
        assertThat(text(ProtocolErrors.invalidRequest(JsonRpcId.of(1)))).contains("\"id\":1,");
        assertThat(text(ProtocolErrors.invalidRequest(JsonRpcId.of("1")))).contains("\"id\":\"1\",");
    }

    @Test
    void oversizedMessage_namesTheByteCount() {
        assertThat(text(ProtocolErrors.oversizedMessage(null, 67_108_865)))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,"
                        + "\"message\":\"message of 67108865 bytes exceeds the 64 MiB limit\"}}");
    }

    @Test
    void unknownTool_listsTheAvailableTools() {
        assertThat(text(ProtocolErrors.unknownTool(JsonRpcId.of(5), "nope", List.of("search", "summary"))))
                .isEqualTo(
                        "{\"jsonrpc\":\"2.0\",\"id\":5,\"error\":{\"code\":-32602,\"message\":\"Unknown tool: nope\","
                                + "\"data\":{\"available\":[\"search\",\"summary\"]}}}");
    }

    @Test
    void otherErrors_carryTheirExactMessages() {
        JsonRpcId id = JsonRpcId.of("x");

        assertThat(text(ProtocolErrors.duplicateRequestId(id))).contains("-32600,\"message\":\"duplicate request id\"");
        assertThat(text(ProtocolErrors.methodNotFound(id, "nope")))
                .contains("-32601,\"message\":\"Method not found: nope\"");
        assertThat(text(ProtocolErrors.invalidParams(id, "bad")))
                .contains("-32602,\"message\":\"Invalid params: bad\"");
        assertThat(text(ProtocolErrors.resourceNotFound(id, "shaktiman://nope")))
                .contains("-32002,\"message\":\"Resource not found: shaktiman://nope\"");
        assertThat(text(ProtocolErrors.internalError(id, "boom")))
                .contains("-32603,\"message\":\"Internal error: boom\"");
        assertThat(text(ProtocolErrors.responseTooLarge(id)))
                .contains("-32603,\"message\":\"response exceeds the 64 MiB limit; narrow the request\"");
    }

    @Test
    void messages_withQuotesAndNewlines_stayOneLineOfValidJson() {
        String line = text(ProtocolErrors.methodNotFound(JsonRpcId.of(1), "a\"b\nc"));

        assertThat(line).doesNotContain("\n").contains("a\\\"b\\nc");
    }
}
