package shaktiman.core.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The structured content of {@code diff} (MCP-35).
 *
 * @param since the duration as asked
 * @param windowStart the start of the window, ISO-8601 UTC with milliseconds
 */
public record DiffResult(
        String since, String windowStart, Optional<String> notice, List<FileChange> changes, boolean truncated) {
    public DiffResult {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(notice, "notice");
        changes = List.copyOf(changes);
    }

    /**
     * This result with only its first {@code keep} changes (MCP-17's output limit, applied by the caller that renders
     * the JSON), marked truncated when anything was dropped.
     */
    public DiffResult keepFirst(int keep) {
        if (keep >= changes.size()) {
            return this;
        }
        return new DiffResult(since, windowStart, notice, changes.subList(0, keep), true);
    }
}
