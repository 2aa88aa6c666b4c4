package shaktiman.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import shaktiman.core.model.SymKind;

/**
 * One {@code diff_log} row with its symbols (MCP-35, MCP-36).
 *
 * @param oldPath the path before a rename, empty otherwise
 */
public record ChangeRecord(
        long id,
        String path,
        String oldPath,
        Type type,
        int linesAdded,
        int linesRemoved,
        Instant appliedAt,
        List<ChangedSymbol> symbols) {

    /** The change types, exactly the values of the {@code diff_log.change_type} CHECK. */
    public enum Type {
        ADD,
        MODIFY,
        DELETE,
        RENAME;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One {@code diff_symbols} row.
     *
     * @param change {@code added}, {@code removed}, {@code modified} or {@code signature_changed}
     */
    public record ChangedSymbol(String name, String qualifiedName, SymKind kind, String change) {
        public ChangedSymbol {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(qualifiedName, "qualifiedName");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(change, "change");
        }
    }

    public ChangeRecord {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(oldPath, "oldPath");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(appliedAt, "appliedAt");
        symbols = List.copyOf(symbols);
    }
}
