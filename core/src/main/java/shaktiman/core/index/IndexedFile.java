package shaktiman.core.index;

import java.util.List;
import java.util.Objects;
import shaktiman.core.index.chunk.Chunk;
import shaktiman.core.index.chunk.ChunkedFile;
import shaktiman.core.index.symbols.ExtractedReference;
import shaktiman.core.index.symbols.ExtractedSymbol;
import shaktiman.core.index.symbols.FileImports;
import shaktiman.core.model.index.FileMeta;
import shaktiman.core.model.index.ParseQuality;
import shaktiman.core.model.index.ParsedChunk;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.model.index.ParsedReference;
import shaktiman.core.model.index.ParsedSymbol;

/**
 * Everything one file contributes to the index, as {@link FileIndexer} derives it from the file's text: what the writer
 * stores in one transaction.
 *
 * @param path the project-relative path (MCP-2)
 * @param languageId IX-12's language id
 * @param parseQuality how well the file parsed
 * @param parseError why the parse failed; null unless {@code parseQuality} is {@link ParseQuality#ERROR}
 * @param chunks the chunks, in {@code chunk_index} order; none for an empty or all-blank file
 * @param symbols the symbols with their chunks: the file symbol first whenever there is a chunk, then the declared
 *     symbols in source order; none when there is no chunk
 * @param references the references in source order; each owner indexes {@code symbols}
 * @param imports the import table
 * @param packageName the declared package or namespace ({@code files.package}); empty when none
 * @param lineCount the file's number of lines (IX-6)
 */
public record IndexedFile(
        String path,
        String languageId,
        ParseQuality parseQuality,
        String parseError,
        ChunkedFile chunks,
        List<IndexedSymbol> symbols,
        List<ExtractedReference> references,
        FileImports imports,
        String packageName,
        int lineCount) {

    public IndexedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(languageId, "languageId");
        Objects.requireNonNull(parseQuality, "parseQuality");
        Objects.requireNonNull(chunks, "chunks");
        Objects.requireNonNull(imports, "imports");
        Objects.requireNonNull(packageName, "packageName");
        symbols = List.copyOf(symbols);
        references = List.copyOf(references);
        if ((parseError != null) != (parseQuality == ParseQuality.ERROR)) {
            throw new IllegalArgumentException(
                    "parseError of " + path + " must be set exactly when parseQuality is error, was " + parseError
                            + " with " + parseQuality.wireName());
        }
        if (lineCount < 0) {
            throw new IllegalArgumentException("lineCount " + lineCount + " of " + path);
        }
        for (IndexedSymbol symbol : symbols) {
            if (symbol.chunkIndex() >= chunks.size()) {
                throw new IllegalArgumentException("symbol " + symbol.symbol().qualifiedName() + " of " + path
                        + " is attached to chunk " + symbol.chunkIndex() + " of " + chunks.size());
            }
        }
        for (ExtractedReference reference : references) {
            if (reference.ownerIndex() < 0 || reference.ownerIndex() >= symbols.size()) {
                throw new IllegalArgumentException("reference " + reference.text() + " on line " + reference.line()
                        + " of " + path + " is owned by symbol " + reference.ownerIndex() + " of " + symbols.size());
            }
        }
    }

    /**
     * The writer's view of this file, with {@code meta} (which the caller builds from the file's stat, hash and this
     * record's quality, error, package and line count).
     *
     * @throws IllegalArgumentException if {@code meta} names another path
     */
    public ParsedFile toParsedFile(FileMeta meta) {
        Objects.requireNonNull(meta, "meta");
        if (!meta.path().equals(path)) {
            throw new IllegalArgumentException("meta for " + meta.path() + " does not describe " + path);
        }
        List<ParsedChunk> parsedChunks =
                chunks.chunks().stream().map(IndexedFile::parsedChunk).toList();
        List<ParsedSymbol> parsedSymbols =
                symbols.stream().map(IndexedFile::parsedSymbol).toList();
        List<ParsedReference> parsedReferences = references.stream()
                .map(reference -> new ParsedReference(
                        reference.ownerIndex(),
                        reference.kind(),
                        reference.text(),
                        reference.target(),
                        reference.qualifier(),
                        reference.importQualifiedName(),
                        reference.line()))
                .toList();
        return new ParsedFile(meta, parsedChunks, parsedSymbols, parsedReferences);
    }

    private static ParsedChunk parsedChunk(Chunk chunk) {
        return new ParsedChunk(
                chunk.chunkIndex(),
                chunk.kind(),
                chunk.isSummary(),
                chunk.symbolName(),
                chunk.qualifiedName(),
                chunk.signature(),
                chunk.startLine(),
                chunk.endLine(),
                chunk.content(),
                chunk.contentHash(),
                chunk.tokenCount(),
                chunk.parent(),
                chunk.partGroup());
    }

    private static ParsedSymbol parsedSymbol(IndexedSymbol indexed) {
        ExtractedSymbol symbol = indexed.symbol();
        return new ParsedSymbol(
                symbol.name(),
                symbol.qualifiedName(),
                symbol.kind(),
                symbol.startLine(),
                symbol.endLine(),
                symbol.signature(),
                symbol.visibility(),
                symbol.isExported(),
                symbol.bodyHash(),
                indexed.chunkIndex());
    }
}
