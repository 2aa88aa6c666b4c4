package shaktiman.core.index.symbols;

import java.util.Objects;

/**
 * One name an import brings into a file, for module resolution and the import tier of IX-30 and IX-31.
 *
 * @param localName the name the file uses, such as {@code d} for {@code from a.b import c as d} or {@code http} for
 *     Go's {@code "net/http"}; empty when the import binds no name (Ruby's {@code require}, a wildcard)
 * @param specifier the module specifier as written, quotes dropped: {@code ../utils/hash}, {@code net/http}, {@code
 *     java.util}, {@code std}, {@code a.b}
 * @param importedName the imported member, such as {@code hashPassword}; empty for a whole module or a wildcard
 * @param scope whether a member, a whole module or every member is imported
 * @param qualifiedName IX-29's import-qualified name: the specifier joined to the imported name with the language's
 *     separator, or the specifier alone
 * @param line the 1-based line of the import
 */
public record ImportBinding(
        String localName, String specifier, String importedName, Scope scope, String qualifiedName, int line) {

    public ImportBinding {
        Objects.requireNonNull(localName, "localName");
        Objects.requireNonNull(specifier, "specifier");
        Objects.requireNonNull(importedName, "importedName");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        if (specifier.isEmpty()) {
            throw new IllegalArgumentException("import on line " + line + " has an empty specifier");
        }
        if ((scope == Scope.MEMBER) == importedName.isEmpty()) {
            throw new IllegalArgumentException(
                    "import of " + specifier + " on line " + line + ": a member import needs an imported name,"
                            + " the others none; got '" + importedName + "' for " + scope);
        }
    }

    /** What an import brings in. */
    public enum Scope {
        /** One member of a module: {@code import { a } from 'm'}, {@code import java.util.List}, {@code use a::b}. */
        MEMBER,
        /** A whole module under one name, or for its effects: {@code import os}, Go imports, {@code require}. */
        WHOLE_MODULE,
        /** Every member of a module: {@code import a.*}, {@code from m import *}, C#'s {@code using}. */
        WILDCARD
    }
}
