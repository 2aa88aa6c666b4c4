package shaktiman.adapters.parse;

import java.util.List;
import shaktiman.core.index.symbols.ExtractedFile;
import shaktiman.core.index.symbols.ExtractedReference;
import shaktiman.core.index.symbols.ExtractedSymbol;
import shaktiman.core.index.symbols.ImportBinding;

/** Renders an extraction as stable, reviewable text for the golden files (T-12's symbol half). */
final class ExtractionDump {

    private ExtractionDump() {}

    static String render(ExtractedFile file) {
        StringBuilder out = new StringBuilder();
        out.append("file ")
                .append(file.path())
                .append(" (")
                .append(file.languageId())
                .append(", ")
                .append(file.lineCount())
                .append(" lines)\n");
        out.append("package ")
                .append(file.packageName().isEmpty() ? "-" : file.packageName())
                .append('\n');
        out.append("\nsymbols\n");
        List<ExtractedSymbol> symbols = file.symbols();
        for (ExtractedSymbol symbol : symbols) {
            out.append("  ")
                    .append(symbol.startLine())
                    .append('-')
                    .append(symbol.endLine())
                    .append(' ')
                    .append(symbol.kind().wireName())
                    .append(' ')
                    .append(symbol.qualifiedName())
                    .append(symbol.signature())
                    .append(' ')
                    .append(symbol.visibility().wireName())
                    .append(symbol.isExported() ? " exported" : "")
                    .append('\n');
        }
        out.append("\nreferences\n");
        for (ExtractedReference reference : file.references()) {
            out.append("  ")
                    .append(reference.line())
                    .append(' ')
                    .append(owner(file, reference))
                    .append(' ')
                    .append(reference.kind().wireName())
                    .append(' ')
                    .append(reference.text())
                    .append(" -> ")
                    .append(reference.qualifier().isEmpty() ? "" : reference.qualifier() + " | ")
                    .append(reference.target())
                    .append(
                            reference.importQualifiedName().isEmpty()
                                    ? ""
                                    : " [" + reference.importQualifiedName() + "]")
                    .append('\n');
        }
        out.append("\nimports\n");
        for (ImportBinding binding : file.imports().bindings()) {
            out.append("  ")
                    .append(binding.line())
                    .append(' ')
                    .append(binding.scope().name().toLowerCase(java.util.Locale.ROOT))
                    .append(' ')
                    .append(binding.localName().isEmpty() ? "-" : binding.localName())
                    .append(" = ")
                    .append(binding.specifier())
                    .append(binding.importedName().isEmpty() ? "" : " : " + binding.importedName())
                    .append(" [")
                    .append(binding.qualifiedName())
                    .append("]\n");
        }
        return out.toString();
    }

    private static String owner(ExtractedFile file, ExtractedReference reference) {
        return reference.ownedByFile()
                ? "<file>"
                : file.symbols().get(reference.ownerIndex()).qualifiedName();
    }
}
