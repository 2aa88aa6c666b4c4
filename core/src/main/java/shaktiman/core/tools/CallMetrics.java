package shaktiman.core.tools;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code Metrics} object of MCP-49: records dropped by the metrics queue, and per-tool stats daemon-wide and for
 * the asking connection, each keyed by tool name.
 */
public record CallMetrics(long dropped, Map<String, ToolStats> daemon, Map<String, ToolStats> connection) {

    public CallMetrics {
        if (dropped < 0) {
            throw new IllegalArgumentException("dropped must not be negative; got " + dropped);
        }
        daemon = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(daemon, "daemon")));
        connection = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(connection, "connection")));
    }

    /** No calls yet. */
    public static CallMetrics empty() {
        return new CallMetrics(0, Map.of(), Map.of());
    }
}
