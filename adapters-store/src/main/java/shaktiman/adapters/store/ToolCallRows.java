package shaktiman.adapters.store;

import java.sql.SQLException;
import java.util.List;
import shaktiman.core.port.ToolCallRecord;

/** Writes MCP-47's records into {@code tool_calls}, times in the database's one text form (IX-37). */
final class ToolCallRows {
    private static final String INSERT = "INSERT INTO tool_calls (daemon_session, connection, tool, args, started_at,"
            + " duration_ms, result_count, response_bytes, response_tokens, outcome)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private ToolCallRows() {}

    static void append(Sql sql, List<ToolCallRecord> records) throws SQLException {
        for (ToolCallRecord record : records) {
            sql.update(
                    INSERT,
                    Timestamps.format(record.daemonSession()),
                    record.connection(),
                    record.tool(),
                    record.args(),
                    Timestamps.format(record.startedAt()),
                    record.durationMs(),
                    record.resultCount(),
                    record.responseBytes(),
                    record.responseTokens(),
                    record.outcome().wireName());
        }
    }
}
