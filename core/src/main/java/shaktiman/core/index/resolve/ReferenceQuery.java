package shaktiman.core.index.resolve;

import java.util.Objects;
import java.util.Set;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;

/**
 * A reference to resolve, with what IX-30 needs of its source: a fresh parse's reference, or a stored pending row being
 * retried (IX-32).
 *
 * @param path the source file's project-relative path
 * @param language the source file's language id
 * @param packageName the package or namespace the source file declares, empty when none
 * @param ownerQualifiedName the qualified name of the symbol owning the reference (the path for the file symbol)
 * @param ownerKind the kind of that symbol
 * @param qualifier the text before the target, empty when there is none
 * @param importQualifiedName the import-qualified name (IX-29), empty when the reference goes through no import
 * @param importedFiles the files the source file imports as whole modules or by wildcard (tier 4)
 */
public record ReferenceQuery(
        String path,
        String language,
        String packageName,
        String ownerQualifiedName,
        SymKind ownerKind,
        EdgeKind kind,
        String text,
        String target,
        String qualifier,
        String importQualifiedName,
        Set<String> importedFiles) {

    public ReferenceQuery {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(ownerQualifiedName, "ownerQualifiedName");
        Objects.requireNonNull(ownerKind, "ownerKind");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(importQualifiedName, "importQualifiedName");
        importedFiles = Set.copyOf(importedFiles);
    }

    /**
     * A reference owned by the file symbol of a file declaring no package, importing nothing as a whole module: the
     * short form for tests and for imports.
     */
    public static ReferenceQuery ofFile(
            String path, String language, EdgeKind kind, String text, String target, String importQualifiedName) {
        return new ReferenceQuery(
                path,
                language,
                "",
                path,
                SymKind.FILE,
                kind,
                text,
                target,
                qualifierOf(text, target),
                importQualifiedName,
                Set.of());
    }

    /** The text before {@code target} in {@code text}, without the separator: {@code self.save} → {@code self}. */
    public static String qualifierOf(String text, String target) {
        if (!text.endsWith(target) || text.length() == target.length()) {
            return "";
        }
        String rest = text.substring(0, text.length() - target.length());
        return rest.replaceAll("(\\.|::|->|\\\\|/)$", "");
    }

    /** The container whose members tier 1 searches: the owner itself for a type, else the owner's enclosing names. */
    public String container() {
        return switch (ownerKind) {
            case CLASS, INTERFACE, TYPE, NAMESPACE -> ownerQualifiedName;
            case FUNCTION, METHOD -> {
                int dot = ownerQualifiedName.lastIndexOf('.');
                yield dot < 0 ? "" : ownerQualifiedName.substring(0, dot);
            }
            case VARIABLE, CONSTANT, FILE -> "";
        };
    }
}
