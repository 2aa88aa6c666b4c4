package shaktiman.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * One line {@link ToolFuzzIT} sends and what MCP-8, MCP-17 and MCP-18 say must come back.
 *
 * @param id the id a reply must carry, or null when the line gets no reply or a reply with {@code "id": null}
 * @param line the protocol line, without its terminator
 * @param expect what the reply must be
 */
record FuzzCall(JsonNode id, String line, Expect expect) {

    /** What must come back for one line. */
    sealed interface Expect {}

    /**
     * A tool result: {@code isError: true} with an MCP-18 message, or a success; never {@code <tool> failed:}.
     *
     * @param tool the tool called
     * @param valid empty when the arguments are fuzz (either answer is fine), else the checks a success must pass
     */
    record ToolResult(String tool, Optional<Valid> valid) implements Expect {}

    /**
     * What a success of a call with valid arguments must show beyond its output schema.
     *
     * @param path the normalised path or file filter ({@code ""} for none): every located result is at or under it
     * @param scope {@code impl}, {@code test} or {@code all}: every {@code is_test} agrees with it
     * @param maxResults the most results (or changes) allowed
     * @param minScore search's {@code min_score}, else 0
     * @param name symbols' name without dots, else empty: every definition has it
     * @param kind symbols' kind, else empty
     * @param depth dependencies' depth, else 0
     * @param edgeKinds dependencies' edge kinds, else empty
     * @param direction dependencies' direction ({@code callers}, {@code callees} or {@code both}), else empty
     */
    record Valid(
            String path,
            String scope,
            int maxResults,
            double minScore,
            Optional<String> name,
            Optional<String> kind,
            int depth,
            List<String> edgeKinds,
            Optional<String> direction) {

        static Valid of(String path, String scope, int maxResults) {
            return new Valid(
                    path, scope, maxResults, 0, Optional.empty(), Optional.empty(), 0, List.of(), Optional.empty());
        }
    }

    /**
     * A JSON-RPC error.
     *
     * @param code the code MCP-8 prescribes
     * @param messagePrefix how its message starts
     */
    record RpcError(int code, String messagePrefix) implements Expect {}

    /** {@code ping}'s empty result (MCP-10). */
    record Pong() implements Expect {}

    /**
     * A JSON-RPC error whose id is null, as for a line that is not JSON or not an object.
     *
     * @param code the code MCP-8 prescribes
     */
    record NullIdError(int code) implements Expect {}

    /** No reply at all: a notification (MCP-9) or a response addressed to the server (MCP-8). */
    record Silence() implements Expect {}
}
