package shaktiman.core.query;

import java.util.Objects;
import java.util.Optional;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.Visibility;

/**
 * One {@code results} entry of {@code dependencies} (MCP-33): a {@link Sym} plus how it was reached.
 *
 * @param direction {@link Direction#CALLERS} or {@link Direction#CALLEES}
 * @param depth the shortest number of hops from a root
 * @param edgeKind the kind of the edge that first reached it
 * @param via the qualified name of the symbol it was reached from (the lexicographically smallest on a tie)
 */
public record Dependency(
        String filePath,
        int startLine,
        int endLine,
        String name,
        String qualifiedName,
        SymKind kind,
        Optional<String> signature,
        Optional<Visibility> visibility,
        boolean isTest,
        Direction direction,
        int depth,
        EdgeKind edgeKind,
        String via) {
    public Dependency {
        Objects.requireNonNull(filePath, "filePath");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(edgeKind, "edgeKind");
        Objects.requireNonNull(via, "via");
        if (direction == Direction.BOTH) {
            throw new IllegalArgumentException("a dependency's direction is callers or callees, never both");
        }
    }

    /** A dependency on {@code symbol}. */
    public static Dependency of(Sym symbol, Direction direction, int depth, EdgeKind edgeKind, String via) {
        return new Dependency(
                symbol.filePath(),
                symbol.startLine(),
                symbol.endLine(),
                symbol.name(),
                symbol.qualifiedName(),
                symbol.kind(),
                symbol.signature(),
                symbol.visibility(),
                symbol.isTest(),
                direction,
                depth,
                edgeKind,
                via);
    }
}
