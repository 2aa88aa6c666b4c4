package shaktiman.core.index.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import shaktiman.core.model.SymKind;

/** One {@code diff_symbols} row (IX-49): a symbol added, removed, modified or with a changed signature. */
public record SymbolChange(String name, String qualifiedName, SymKind kind, Change change) {

    /** The kinds of symbol change, exactly the values of the {@code diff_symbols.change} CHECK. */
    public enum Change {
        ADDED,
        REMOVED,
        MODIFIED,
        SIGNATURE_CHANGED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What the change log compares of a symbol. */
    public record Facts(String name, String qualifiedName, SymKind kind, String signature, String bodyHash) {
        public Facts {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(qualifiedName, "qualifiedName");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(signature, "signature");
            Objects.requireNonNull(bodyHash, "bodyHash");
        }
    }

    public SymbolChange {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(change, "change");
    }

    /**
     * The changes between a file's old and new symbols, matched as in IX-33: a changed signature is
     * {@code signature_changed}, otherwise a changed body hash is {@code modified}; new symbols are {@code added},
     * vanished ones {@code removed}, and the {@code file} symbol is never listed. New-side changes come first, in new
     * order, then the removals in old order.
     */
    public static List<SymbolChange> between(List<Facts> oldSymbols, List<Facts> newSymbols) {
        int[] partners = MultisetMatch.match(keys(oldSymbols), keys(newSymbols));
        List<SymbolChange> changes = new ArrayList<>();
        for (int i = 0; i < newSymbols.size(); i++) {
            Facts now = newSymbols.get(i);
            if (now.kind() == SymKind.FILE) {
                continue;
            }
            if (partners[i] == MultisetMatch.UNMATCHED) {
                changes.add(of(now, Change.ADDED));
                continue;
            }
            Facts before = oldSymbols.get(partners[i]);
            if (!before.signature().equals(now.signature())) {
                changes.add(of(now, Change.SIGNATURE_CHANGED));
            } else if (!before.bodyHash().equals(now.bodyHash())) {
                changes.add(of(now, Change.MODIFIED));
            }
        }
        boolean[] used = MultisetMatch.usedOld(oldSymbols.size(), partners);
        for (int i = 0; i < oldSymbols.size(); i++) {
            if (!used[i] && oldSymbols.get(i).kind() != SymKind.FILE) {
                changes.add(of(oldSymbols.get(i), Change.REMOVED));
            }
        }
        return changes;
    }

    /** Every non-file symbol of {@code symbols} with the same {@code change}: an add or a delete record. */
    public static List<SymbolChange> all(List<Facts> symbols, Change change) {
        return symbols.stream()
                .filter(symbol -> symbol.kind() != SymKind.FILE)
                .map(symbol -> of(symbol, change))
                .toList();
    }

    private static SymbolChange of(Facts facts, Change change) {
        return new SymbolChange(facts.name(), facts.qualifiedName(), facts.kind(), change);
    }

    private static List<IdentityKeys.SymbolKey> keys(List<Facts> symbols) {
        return symbols.stream()
                .map(s -> IdentityKeys.symbol(s.kind(), s.qualifiedName()))
                .toList();
    }
}
