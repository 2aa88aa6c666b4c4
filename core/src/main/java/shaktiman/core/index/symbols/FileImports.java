package shaktiman.core.index.symbols;

import java.util.List;
import java.util.Optional;

/**
 * A file's import table: every name its imports bind, in source order, for resolution (IX-30's import rule and tier
 * 4, IX-31).
 *
 * @param bindings one per imported name, in source order
 */
public record FileImports(List<ImportBinding> bindings) {

    /** A file that imports nothing. */
    public static final FileImports NONE = new FileImports(List.of());

    public FileImports {
        bindings = List.copyOf(bindings);
    }

    /** The last binding of {@code localName}, as a later import shadows an earlier one; empty if none. */
    public Optional<ImportBinding> byLocalName(String localName) {
        if (localName.isEmpty()) {
            return Optional.empty();
        }
        for (int i = bindings.size() - 1; i >= 0; i--) {
            if (bindings.get(i).localName().equals(localName)) {
                return Optional.of(bindings.get(i));
            }
        }
        return Optional.empty();
    }

    /** The whole-module and wildcard bindings, which tier 4 of IX-30 searches. */
    public List<ImportBinding> modules() {
        return bindings.stream()
                .filter(binding -> binding.scope() != ImportBinding.Scope.MEMBER)
                .toList();
    }
}
