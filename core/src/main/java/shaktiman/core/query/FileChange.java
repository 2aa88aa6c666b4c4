package shaktiman.core.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import shaktiman.core.port.ChangeRecord;

/**
 * One {@code changes} entry of {@code diff} (MCP-35).
 *
 * @param oldPath the path before a rename
 * @param timestamp when the change was applied, ISO-8601 UTC with milliseconds
 */
public record FileChange(
        String filePath,
        Optional<String> oldPath,
        ChangeRecord.Type changeType,
        int linesAdded,
        int linesRemoved,
        String timestamp,
        List<ChangeRecord.ChangedSymbol> symbols) {
    public FileChange {
        Objects.requireNonNull(filePath, "filePath");
        Objects.requireNonNull(oldPath, "oldPath");
        Objects.requireNonNull(changeType, "changeType");
        Objects.requireNonNull(timestamp, "timestamp");
        symbols = List.copyOf(symbols);
    }
}
