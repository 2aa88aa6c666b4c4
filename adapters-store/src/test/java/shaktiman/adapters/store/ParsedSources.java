package shaktiman.adapters.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import shaktiman.adapters.parse.TreeSitterParser;
import shaktiman.core.index.FileIndexer;
import shaktiman.core.index.IndexedFile;
import shaktiman.core.index.chunk.ChunkLimits;
import shaktiman.core.index.lang.LanguageTable;
import shaktiman.core.model.index.FileMeta;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.testkit.McpFixture;
import shaktiman.testkit.fake.FixedRatioTokenCounter;

/** Parses sources with the real grammars into the writer's {@link ParsedFile}, for the resolution tests. */
final class ParsedSources implements AutoCloseable {
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("ts", "typescript"),
            Map.entry("js", "javascript"),
            Map.entry("py", "python"),
            Map.entry("go", "go"),
            Map.entry("java", "java"),
            Map.entry("kt", "kotlin"),
            Map.entry("rs", "rust"),
            Map.entry("c", "c"),
            Map.entry("h", "c"),
            Map.entry("rb", "ruby"),
            Map.entry("php", "php"),
            Map.entry("mod", "text"));

    private final AtomicLong clock = new AtomicLong();
    private final TreeSitterParser parser = new TreeSitterParser();
    private final FileIndexer indexer = new FileIndexer(
            parser,
            new FixedRatioTokenCounter(),
            ChunkLimits.DEFAULTS,
            LanguageTable.builtIn(),
            FileIndexer.DEFAULT_PARSE_TIMEOUT);

    /** {@code text} parsed as the file at {@code path}, its language taken from the extension, read at {@code readMs}. */
    ParsedFile file(String path, String text, long readMs) {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String language = LANGUAGES.get(extension);
        if (language == null) {
            throw new IllegalArgumentException("no test language for " + path);
        }
        IndexedFile indexed = indexer.index(path, language, text);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        FileMeta meta = new FileMeta(
                path,
                language,
                indexed.packageName().isEmpty() ? null : indexed.packageName(),
                bytes.length,
                readMs,
                readMs,
                sha256(bytes),
                indexed.lineCount(),
                indexed.parseQuality(),
                indexed.parseError(),
                false);
        return indexed.toParsedFile(meta);
    }

    /** {@code text} parsed as the file at {@code path}, read later than every file before it (IX-46's guard). */
    ParsedFile file(String path, String text) {
        return file(path, text, clock.addAndGet(1_000));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("the JDK lacks SHA-256", e);
        }
    }

    /** The MCP §6 fixture file at {@code path}, such as {@code go/server.go}. */
    ParsedFile fixture(String path) {
        return file(path, McpFixture.text(path));
    }

    @Override
    public void close() {
        parser.close();
    }
}
