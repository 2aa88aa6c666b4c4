package shaktiman.core.index.symbols;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import shaktiman.core.model.SymKind;

/**
 * What one file declares and references (IX-27…IX-29).
 *
 * @param path the project-relative path (MCP-2)
 * @param languageId IX-12's language id
 * @param packageName the package or namespace the file declares ({@code files.package}), such as {@code com.example}
 *     or {@code App\Users}; empty when it declares none
 * @param lineCount the file's number of lines (IX-6: split on {@code \n}, no line after a final newline)
 * @param symbols the declared symbols in source order; after {@link #withFileSymbol()}, the file symbol first
 * @param references the references in source order; owners index {@code symbols}
 * @param imports the import table
 */
public record ExtractedFile(
        String path,
        String languageId,
        String packageName,
        int lineCount,
        List<ExtractedSymbol> symbols,
        List<ExtractedReference> references,
        FileImports imports) {

    public ExtractedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(languageId, "languageId");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(imports, "imports");
        symbols = List.copyOf(symbols);
        references = List.copyOf(references);
        if (lineCount < 0) {
            throw new IllegalArgumentException("lineCount " + lineCount + " of " + path);
        }
        for (ExtractedReference reference : references) {
            if (reference.ownerIndex() >= symbols.size()) {
                throw new IllegalArgumentException("reference " + reference.text() + " on line " + reference.line()
                        + " of " + path + " is owned by symbol " + reference.ownerIndex() + " of " + symbols.size());
            }
        }
    }

    /**
     * A file with no symbols, references or imports, such as a {@code text} file (IX-16) or one whose parse failed;
     * {@link #withFileSymbol()} still gives it its file symbol.
     */
    public static ExtractedFile withoutSymbols(String path, String languageId, String text) {
        return new ExtractedFile(path, languageId, "", lineCount(text), List.of(), List.of(), FileImports.NONE);
    }

    /**
     * This file with its IX-27 {@code file} symbol first in {@link #symbols()}, every other symbol one index later, and
     * the references of {@link ExtractedReference#FILE_OWNER} owned by it. Call it for a file with at least one chunk
     * (the chunker decides that); idempotent.
     *
     * @param text the file's text, whose hash becomes the file symbol's body hash
     */
    public ExtractedFile withFileSymbol(String text) {
        if (hasFileSymbol()) {
            return this;
        }
        List<ExtractedSymbol> withFile = new ArrayList<>(symbols.size() + 1);
        withFile.add(ExtractedSymbol.file(path, lineCount, text));
        withFile.addAll(symbols);
        List<ExtractedReference> owned = references.stream()
                .map(reference -> reference.withOwner(reference.ownerIndex() + 1))
                .toList();
        return new ExtractedFile(path, languageId, packageName, lineCount, withFile, owned, imports);
    }

    /** Whether {@link #withFileSymbol} has been applied. */
    public boolean hasFileSymbol() {
        return !symbols.isEmpty() && symbols.getFirst().kind() == SymKind.FILE;
    }

    /** IX-6's line count: lines split on {@code \n}, and a final newline starts no line. */
    static int lineCount(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                lines++;
            }
        }
        return lines;
    }
}
