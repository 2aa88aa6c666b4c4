package shaktiman.core.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The structured content of {@code symbols} (MCP-32).
 *
 * @param note set when there is no definition: the symbol is external, or nothing matches at all
 */
public record SymbolsResult(
        String name,
        Optional<String> notice,
        List<Sym> definitions,
        List<SymbolReference> referencedBy,
        boolean truncated,
        Optional<String> note) {
    public SymbolsResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(notice, "notice");
        definitions = List.copyOf(definitions);
        referencedBy = List.copyOf(referencedBy);
        Objects.requireNonNull(note, "note");
    }

    /** The entry count MCP-47 records: definitions, or referrers when there are none. */
    public int resultCount() {
        return definitions.isEmpty() ? referencedBy.size() : definitions.size();
    }

    /**
     * This result with only the first {@code keep} entries of its list (MCP-17's output limit, applied by the caller
     * that renders the JSON), marked truncated when anything was dropped.
     */
    public SymbolsResult keepFirst(int keep) {
        if (keep >= resultCount()) {
            return this;
        }
        return new SymbolsResult(
                name,
                notice,
                definitions.subList(0, Math.min(keep, definitions.size())),
                referencedBy.subList(0, Math.min(keep, referencedBy.size())),
                true,
                note);
    }
}
