package shaktiman.core.query;

import java.util.Objects;
import java.util.Optional;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.Visibility;
import shaktiman.core.port.SymbolRecord;

/** MCP's {@code Sym}: a symbol with its location (MCP-32, MCP-33). */
public record Sym(
        String filePath,
        int startLine,
        int endLine,
        String name,
        String qualifiedName,
        SymKind kind,
        Optional<String> signature,
        Optional<Visibility> visibility,
        boolean isTest) {
    public Sym {
        Objects.requireNonNull(filePath, "filePath");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(visibility, "visibility");
    }

    /** The output form of a stored symbol; an empty signature is left out. */
    public static Sym of(SymbolRecord symbol) {
        return new Sym(
                symbol.filePath(),
                symbol.startLine(),
                symbol.endLine(),
                symbol.name(),
                symbol.qualifiedName(),
                symbol.kind(),
                symbol.signature().isEmpty() ? Optional.empty() : Optional.of(symbol.signature()),
                symbol.visibility(),
                symbol.isTest());
    }
}
