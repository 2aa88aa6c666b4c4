package shaktiman.adapters.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import shaktiman.core.port.ToolCallRecord;
import shaktiman.core.port.ToolCallSample;

/** Writes MCP-47's records into {@code tool_calls}, times in the database's one text form (IX-37), and reads them back. */
final class ToolCallRows {
    private static final String INSERT = "INSERT INTO tool_calls (daemon_session, connection, tool, args, started_at,"
            + " duration_ms, result_count, response_bytes, response_tokens, outcome)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String SINCE = "SELECT tool, started_at, duration_ms, outcome, response_tokens FROM tool_calls"
            + " WHERE started_at >= ? ORDER BY started_at, id";

    private ToolCallRows() {}

    static List<ToolCallSample> since(Sql sql, Instant since) throws SQLException {
        return sql.query(
                SINCE,
                row -> new ToolCallSample(
                        row.getString(1),
                        Instant.parse(row.getString(2)),
                        row.getDouble(3),
                        ToolCallRecord.Outcome.valueOf(row.getString(4).toUpperCase(Locale.ROOT)),
                        row.getInt(5)),
                Timestamps.lowerBound(since));
    }

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
