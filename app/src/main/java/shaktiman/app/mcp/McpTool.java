package shaktiman.app.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/** One MCP tool: its listing (MCP-14…16) and its call (MCP-17…19). Implementations are thread-safe. */
interface McpTool {

    String name();

    String title();

    /** At most 700 characters (MCP-14). */
    String description();

    ObjectNode inputSchema();

    ObjectNode outputSchema();

    /**
     * Runs the tool; validation failures and tool failures are {@link Result.Failure}s, never exceptions.
     *
     * @throws InterruptedException when the call was cancelled while it waited
     */
    Result call(ObjectNode arguments, ToolContext context) throws InterruptedException;

    /** A tool call's outcome. */
    sealed interface Result {

        /**
         * Success (MCP-17).
         *
         * @param structured the structured content, valid against the output schema
         * @param text the text content
         * @param resultCount MCP-47's result count
         */
        record Success(JsonNode structured, String text, int resultCount) implements Result {
            public Success {
                Objects.requireNonNull(structured, "structured");
                Objects.requireNonNull(text, "text");
            }
        }

        /** A failure answered with {@code isError} (MCP-18, MCP-19). */
        record Failure(String message) implements Result {
            public Failure {
                Objects.requireNonNull(message, "message");
            }
        }
    }
}
