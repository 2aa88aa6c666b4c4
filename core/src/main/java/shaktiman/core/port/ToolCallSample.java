package shaktiman.core.port;

import java.time.Instant;
import java.util.Objects;

/**
 * What MCP-54's usage view reads of one recorded tool call ({@link ToolCallRecord}): no arguments or connection, so
 * that a month of calls stays small in memory.
 *
 * @param tool the tool name
 * @param startedAt when the call started, to the millisecond
 * @param durationMs how long it ran, in milliseconds to 0.1
 * @param outcome how it ended
 * @param responseTokens the MCP-1 token count of its response text
 */
public record ToolCallSample(
        String tool, Instant startedAt, double durationMs, ToolCallRecord.Outcome outcome, int responseTokens) {

    public ToolCallSample {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(outcome, "outcome");
        if (!(durationMs >= 0) || responseTokens < 0) {
            throw new IllegalArgumentException(
                    "durationMs and responseTokens must be >= 0, got " + durationMs + " and " + responseTokens);
        }
    }
}
