package shaktiman.core.port;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One MCP tool call as the metrics keep it (MCP-47): a {@code tool_calls} row, appended by
 * {@link IndexWriter#appendToolCalls}.
 *
 * @param daemonSession when the answering leader started
 * @param connection the MCP session id
 * @param tool the tool name
 * @param args the call's arguments as compact JSON, at most {@link #MAX_ARGS_CHARS} characters
 * @param startedAt when the call started
 * @param durationMs how long it ran, in milliseconds to 0.1
 * @param resultCount MCP-47's result count; 0 on error
 * @param responseBytes the UTF-8 size of the response text T
 * @param responseTokens the MCP-1 token count of T
 * @param outcome how the call ended
 */
public record ToolCallRecord(
        Instant daemonSession,
        String connection,
        String tool,
        String args,
        Instant startedAt,
        double durationMs,
        int resultCount,
        long responseBytes,
        int responseTokens,
        Outcome outcome) {

    /** MCP-47: {@code args} is cut at this many characters. */
    public static final int MAX_ARGS_CHARS = 2_000;

    /** How a call ended, exactly the values of the {@code tool_calls.outcome} CHECK. */
    public enum Outcome {
        OK,
        ERROR,
        CANCELLED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ToolCallRecord {
        Objects.requireNonNull(daemonSession, "daemonSession");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(outcome, "outcome");
        if (args.length() > MAX_ARGS_CHARS) {
            throw new IllegalArgumentException(
                    "args must be at most " + MAX_ARGS_CHARS + " characters, got " + args.length());
        }
        if (!(durationMs >= 0)) {
            throw new IllegalArgumentException("durationMs must be >= 0, got " + durationMs);
        }
        if (resultCount < 0 || responseBytes < 0 || responseTokens < 0) {
            throw new IllegalArgumentException("resultCount, responseBytes and responseTokens must be >= 0, got "
                    + resultCount + ", " + responseBytes + ", " + responseTokens);
        }
    }
}
