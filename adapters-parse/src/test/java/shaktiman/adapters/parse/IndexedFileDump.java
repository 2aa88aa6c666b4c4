package shaktiman.adapters.parse;

import shaktiman.core.index.IndexedFile;
import shaktiman.core.index.IndexedSymbol;
import shaktiman.core.index.chunk.Chunk;
import shaktiman.core.index.symbols.ExtractedSymbol;

/** Renders an indexed file's chunks and symbols as stable, reviewable text for the golden files (T-12's chunk half). */
final class IndexedFileDump {

    private IndexedFileDump() {}

    static String render(IndexedFile file) {
        StringBuilder out = new StringBuilder();
        out.append("file ")
                .append(file.path())
                .append(" (")
                .append(file.languageId())
                .append(", ")
                .append(file.lineCount())
                .append(" lines, ")
                .append(file.parseQuality().wireName())
                .append(")\n");
        out.append("\nchunks\n");
        for (Chunk chunk : file.chunks().chunks()) {
            out.append("  ")
                    .append(chunk.chunkIndex())
                    .append(' ')
                    .append(chunk.startLine())
                    .append('-')
                    .append(chunk.endLine())
                    .append(' ')
                    .append(chunk.kind().wireName())
                    .append(chunk.isSummary() ? " summary" : "")
                    .append(chunk.qualifiedName() == null ? "" : " " + chunk.qualifiedName())
                    .append(chunk.signature() == null ? "" : chunk.signature())
                    .append(chunk.parent() < 0 ? "" : " parent=" + chunk.parent())
                    .append(chunk.partGroup() < 0 ? "" : " group=" + chunk.partGroup())
                    .append('\n');
        }
        out.append("\nsymbols\n");
        for (IndexedSymbol indexed : file.symbols()) {
            ExtractedSymbol symbol = indexed.symbol();
            out.append("  ")
                    .append(symbol.startLine())
                    .append(' ')
                    .append(symbol.kind().wireName())
                    .append(' ')
                    .append(symbol.qualifiedName())
                    .append(symbol.signature())
                    .append(' ')
                    .append(symbol.visibility().wireName())
                    .append(" -> chunk ")
                    .append(indexed.chunkIndex())
                    .append('\n');
        }
        return out.toString();
    }
}
