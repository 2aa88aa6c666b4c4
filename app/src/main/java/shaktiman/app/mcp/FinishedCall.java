package shaktiman.app.mcp;

import java.time.Instant;
import java.util.Objects;
import shaktiman.core.port.ToolCallRecord;

/**
 * A tool call as it ended, handed to the {@link CallRecorder}: MCP-47's record before its response is measured, which
 * happens off the call thread (MCP-48).
 *
 * @param connection the MCP session id
 * @param tool the tool name
 * @param args the arguments as compact JSON, whole
 * @param startedAt when the call started
 * @param durationNanos how long it ran
 * @param resultCount MCP-47's result count; 0 unless it succeeded
 * @param responseText the response's text T; empty for a cancelled call, which is never answered
 * @param outcome how it ended
 */
public record FinishedCall(
        String connection,
        String tool,
        String args,
        Instant startedAt,
        long durationNanos,
        int resultCount,
        String responseText,
        ToolCallRecord.Outcome outcome) {

    public FinishedCall {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(responseText, "responseText");
        Objects.requireNonNull(outcome, "outcome");
        if (durationNanos < 0 || resultCount < 0) {
            throw new IllegalArgumentException(
                    "durationNanos and resultCount must be >= 0, got " + durationNanos + ", " + resultCount);
        }
    }
}
