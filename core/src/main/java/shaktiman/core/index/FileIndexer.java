package shaktiman.core.index;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import shaktiman.core.index.chunk.Chunk;
import shaktiman.core.index.chunk.ChunkLimits;
import shaktiman.core.index.chunk.ChunkedFile;
import shaktiman.core.index.chunk.SyntaxChunker;
import shaktiman.core.index.chunk.TableChunkRules;
import shaktiman.core.index.chunk.TextChunker;
import shaktiman.core.index.chunk.TextFormat;
import shaktiman.core.index.lang.LanguageRules;
import shaktiman.core.index.lang.LanguageTable;
import shaktiman.core.index.scan.FileProcessor;
import shaktiman.core.index.symbols.ExtractedFile;
import shaktiman.core.index.symbols.ExtractedSymbol;
import shaktiman.core.index.symbols.SymbolExtractor;
import shaktiman.core.model.index.FileMeta;
import shaktiman.core.model.index.ParseQuality;
import shaktiman.core.port.ParseResult;
import shaktiman.core.port.SyntaxParser;
import shaktiman.core.port.TokenCounter;

/**
 * The per-file half of the index pipeline (§2–§4): parses one file's text, chunks it and extracts its symbols,
 * references and imports, and attaches each symbol to its chunk. {@code text} files (Markdown included) and ERB
 * templates are chunked as plain text (IX-16, IX-17); a parse that fails or times out makes the file text with {@code
 * parse_quality = error} (IX-15).
 *
 * <p>Pure apart from its collaborators, and thread-safe when they are: parse workers share one instance.
 */
public final class FileIndexer {

    /** IX-15's parse deadline. */
    public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(5);

    /** IX-12's language id of files with no grammar. */
    public static final String TEXT = "text";

    private static final String ERB = "erb";

    private final SyntaxParser parser;
    private final Duration parseTimeout;
    private final LanguageTable table;
    private final Map<String, TableChunkRules> chunkRules;
    private final SyntaxChunker syntaxChunker;
    private final TextChunker textChunker;
    private final SymbolExtractor extractor;

    /** An indexer with the built-in language table and IX-15's 5 s parse timeout. */
    public FileIndexer(SyntaxParser parser, TokenCounter counter, ChunkLimits limits) {
        this(parser, counter, limits, LanguageTable.builtIn(), DEFAULT_PARSE_TIMEOUT);
    }

    /**
     * An indexer.
     *
     * @param parseTimeout the wall-clock limit of one parse; positive
     */
    public FileIndexer(
            SyntaxParser parser, TokenCounter counter, ChunkLimits limits, LanguageTable table, Duration parseTimeout) {
        this.parser = Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(limits, "limits");
        this.table = Objects.requireNonNull(table, "table");
        this.parseTimeout = Objects.requireNonNull(parseTimeout, "parseTimeout");
        if (parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("parseTimeout must be positive: " + parseTimeout);
        }
        Map<String, TableChunkRules> rules = new HashMap<>();
        table.languages().forEach((id, row) -> rules.put(id, new TableChunkRules(row)));
        this.chunkRules = Map.copyOf(rules);
        this.syntaxChunker = new SyntaxChunker(counter, limits);
        this.textChunker = new TextChunker(counter, limits);
        this.extractor = new SymbolExtractor();
    }

    /**
     * Indexes one file. A language with no grammar in {@code parser} or no row in the table is indexed as text, with
     * {@code parse_quality = error} saying so.
     *
     * @param path the project-relative path (MCP-2)
     * @param languageId IX-12's language id, such as {@code typescript}, {@code erb} or {@code text}
     * @param text the file's decoded text (IX-6)
     */
    public IndexedFile index(String path, String languageId, String text) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(languageId, "languageId");
        Objects.requireNonNull(text, "text");
        if (languageId.equals(TEXT)) {
            return assemble(
                    textChunker.chunk(text, TextFormat.forPath(path)),
                    ExtractedFile.withoutSymbols(path, languageId, text),
                    ParseQuality.FULL,
                    null,
                    text);
        }
        if (!parser.supportedLanguages().contains(languageId)
                || !table.languages().containsKey(languageId)) {
            return failed(path, languageId, text, "no grammar for language " + languageId);
        }
        ParseResult result = parser.parse(languageId, text, parseTimeout);
        return switch (result) {
            case ParseResult.Failed failed -> failed(path, languageId, text, failed.reason());
            case ParseResult.Parsed parsed -> {
                LanguageRules rules = table.rules(languageId);
                ExtractedFile extracted = extractor.extract(path, languageId, text, parsed.tree(), rules);
                // IX-17: a template's chunks are the plain-text chunks of the whole file; its code gives the symbols.
                ChunkedFile chunks = languageId.equals(ERB)
                        ? textChunker.chunk(text, TextFormat.PLAIN)
                        : syntaxChunker.chunk(path, parsed.tree(), chunkRules.get(languageId));
                yield assemble(
                        chunks, extracted, parsed.hasErrors() ? ParseQuality.PARTIAL : ParseQuality.FULL, null, text);
            }
        };
    }

    /**
     * This indexer as the full scan's {@link FileProcessor}: each file is indexed by {@link #index} and described with
     * its candidate's stat, the hash of its bytes and the read time.
     *
     * @param isTestPath MCP-23's test-file classification of a project-relative path
     */
    public FileProcessor processor(Predicate<String> isTestPath) {
        Objects.requireNonNull(isTestPath, "isTestPath");
        return (candidate, content, readMs) -> {
            IndexedFile indexed = index(candidate.path(), candidate.language(), content.text());
            FileMeta meta = new FileMeta(
                    candidate.path(),
                    candidate.language(),
                    indexed.packageName().isEmpty() ? null : indexed.packageName(),
                    content.size(),
                    candidate.mtimeMs(),
                    readMs,
                    content.sha256(),
                    indexed.lineCount(),
                    indexed.parseQuality(),
                    indexed.parseError(),
                    isTestPath.test(candidate.path()));
            return indexed.toParsedFile(meta);
        };
    }

    private IndexedFile failed(String path, String languageId, String text, String reason) {
        return assemble(
                textChunker.chunk(text, TextFormat.PLAIN),
                ExtractedFile.withoutSymbols(path, languageId, text),
                ParseQuality.ERROR,
                reason,
                text);
    }

    private static IndexedFile assemble(
            ChunkedFile chunks, ExtractedFile extracted, ParseQuality quality, String parseError, String text) {
        if (chunks.size() == 0) {
            // IX-21: an empty or all-blank file has no chunk and no symbol, not even the file symbol.
            return new IndexedFile(
                    extracted.path(),
                    extracted.languageId(),
                    quality,
                    parseError,
                    chunks,
                    List.of(),
                    List.of(),
                    extracted.imports(),
                    extracted.packageName(),
                    extracted.lineCount());
        }
        ExtractedFile withFile = extracted.withFileSymbol(text);
        int[] owners = lineOwners(chunks, extracted.lineCount());
        List<IndexedSymbol> symbols = new ArrayList<>(withFile.symbols().size());
        for (int i = 0; i < withFile.symbols().size(); i++) {
            ExtractedSymbol symbol = withFile.symbols().get(i);
            int line = symbol.startLine();
            // IX-27: the file symbol, first, attaches to the first chunk.
            int chunk = i == 0 ? 0 : owners[Math.min(line, owners.length - 1)];
            symbols.add(new IndexedSymbol(symbol, chunk));
        }
        return new IndexedFile(
                withFile.path(),
                withFile.languageId(),
                quality,
                parseError,
                chunks,
                symbols,
                withFile.references(),
                withFile.imports(),
                withFile.packageName(),
                withFile.lineCount());
    }

    /**
     * For each line, the innermost chunk whose range holds it (IX-28). Chunks come in pre-order and siblings never
     * overlap, so the last chunk to claim a line is the innermost; its own lines contain the line. A line no chunk holds
     * (a blank one between chunks) takes the chunk before it, or the first chunk, so every symbol has a chunk.
     */
    private static int[] lineOwners(ChunkedFile chunks, int lineCount) {
        int last = lineCount;
        for (Chunk chunk : chunks.chunks()) {
            last = Math.max(last, chunk.endLine());
        }
        int[] owners = new int[last + 1];
        Arrays.fill(owners, -1);
        for (Chunk chunk : chunks.chunks()) {
            for (int line = chunk.startLine(); line <= chunk.endLine(); line++) {
                owners[line] = chunk.chunkIndex();
            }
        }
        int previous = 0;
        for (int line = 1; line <= last; line++) {
            if (owners[line] < 0) {
                owners[line] = previous;
            }
            previous = owners[line];
        }
        return owners;
    }
}
