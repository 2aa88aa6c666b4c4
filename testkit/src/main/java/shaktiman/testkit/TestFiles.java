package shaktiman.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.Visibility;
import shaktiman.core.model.index.FileMeta;
import shaktiman.core.model.index.ParseQuality;
import shaktiman.core.model.index.ParsedChunk;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.model.index.ParsedReference;
import shaktiman.core.model.index.ParsedSymbol;

/**
 * Builds parsed files of the write model by hand, for store and indexer tests: declarations are laid out one after
 * another with a blank line between them, each one chunk with one symbol, and the file gets its IX-27 {@code file}
 * symbol on the first chunk.
 *
 * <pre>{@code
 * ParsedFile a = TestFiles.file("src/a.go").function("caller", "func caller() { helper() }")
 *         .calls("caller", "helper").build();
 * }</pre>
 */
public final class TestFiles {
    private TestFiles() {}

    /** A builder for the file at {@code path}, its language guessed from the extension. */
    public static Builder file(String path) {
        return new Builder(path);
    }

    /** A fluent builder of one {@link ParsedFile}. */
    public static final class Builder {
        private record Declaration(
                ChunkKind chunkKind, SymKind symbolKind, String qualifiedName, String signature, String content) {}

        private record Reference(String owner, EdgeKind kind, String text, String target, String importName) {}

        private final String path;
        private String language;
        private long mtimeMs = 1_000;
        private long readMs = 1_000;
        private boolean test;
        private ParseQuality quality = ParseQuality.FULL;
        private final List<Declaration> declarations = new ArrayList<>();
        private final List<Reference> references = new ArrayList<>();

        private Builder(String path) {
            this.path = path;
            this.language = languageOf(path);
        }

        public Builder language(String id) {
            this.language = id;
            return this;
        }

        /** Sets both the mtime and the read time, in epoch milliseconds. */
        public Builder readAt(long epochMs) {
            this.mtimeMs = epochMs;
            this.readMs = epochMs;
            return this;
        }

        public Builder test(boolean isTest) {
            this.test = isTest;
            return this;
        }

        public Builder quality(ParseQuality parseQuality) {
            this.quality = parseQuality;
            return this;
        }

        /** A function {@code name} with signature {@code ()} and the given source text. */
        public Builder function(String name, String content) {
            return declare(ChunkKind.FUNCTION, SymKind.FUNCTION, name, "()", content);
        }

        /** A function with an explicit signature. */
        public Builder function(String name, String signature, String content) {
            return declare(ChunkKind.FUNCTION, SymKind.FUNCTION, name, signature, content);
        }

        /** A class {@code qualifiedName}, one chunk with one symbol. */
        public Builder type(String qualifiedName, String content) {
            return declare(ChunkKind.CLASS, SymKind.CLASS, qualifiedName, "", content);
        }

        /** Any declaration: one chunk of {@code chunkKind} holding one symbol of {@code symbolKind}. */
        public Builder declare(
                ChunkKind chunkKind, SymKind symbolKind, String qualifiedName, String signature, String content) {
            declarations.add(new Declaration(chunkKind, symbolKind, qualifiedName, signature, content));
            return this;
        }

        /** A gap block with no symbol. */
        public Builder block(String content) {
            declarations.add(new Declaration(ChunkKind.BLOCK, null, null, null, content));
            return this;
        }

        /** A call from the declaration {@code owner} (a qualified name, or the path for the file) to {@code target}. */
        public Builder calls(String owner, String target) {
            return reference(owner, EdgeKind.CALLS, target, target, "");
        }

        /** An import of {@code target}, owned by the file symbol, with its import-qualified name. */
        public Builder imports(String target, String importQualifiedName) {
            return reference(path, EdgeKind.IMPORTS, target, target, importQualifiedName);
        }

        /** Any reference; {@code owner} is a qualified name of this builder, or the path for the file symbol. */
        public Builder reference(String owner, EdgeKind kind, String text, String target, String importName) {
            references.add(new Reference(owner, kind, text, target, importName));
            return this;
        }

        public ParsedFile build() {
            List<ParsedChunk> chunks = new ArrayList<>();
            List<ParsedSymbol> symbols = new ArrayList<>();
            Map<String, Integer> owners = new LinkedHashMap<>();
            StringBuilder text = new StringBuilder();
            int line = 1;
            for (Declaration declaration : declarations) {
                int index = chunks.size();
                ParsedChunk chunk = TestChunks.chunk(
                        index, declaration.chunkKind(), declaration.qualifiedName(), line, declaration.content());
                chunks.add(new ParsedChunk(
                        index,
                        chunk.kind(),
                        false,
                        chunk.symbolName(),
                        chunk.qualifiedName(),
                        declaration.signature(),
                        chunk.startLine(),
                        chunk.endLine(),
                        chunk.content(),
                        chunk.contentHash(),
                        chunk.tokenCount(),
                        ParsedChunk.NONE,
                        ParsedChunk.NONE));
                if (declaration.symbolKind() != null) {
                    String name = declaration
                            .qualifiedName()
                            .substring(declaration.qualifiedName().lastIndexOf('.') + 1);
                    owners.put(declaration.qualifiedName(), symbols.size() + 1);
                    symbols.add(new ParsedSymbol(
                            name,
                            declaration.qualifiedName(),
                            declaration.symbolKind(),
                            chunk.startLine(),
                            chunk.endLine(),
                            declaration.signature(),
                            Visibility.PUBLIC,
                            true,
                            TestChunks.sha256(declaration.content()),
                            index));
                }
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(declaration.content());
                line = chunk.endLine() + 2;
            }
            List<ParsedSymbol> all = new ArrayList<>();
            if (!chunks.isEmpty()) {
                all.add(new ParsedSymbol(
                        path,
                        path,
                        SymKind.FILE,
                        1,
                        Math.max(1, line - 2),
                        "",
                        null,
                        false,
                        TestChunks.sha256(text.toString()),
                        0));
            }
            all.addAll(symbols);
            owners.put(path, 0);
            List<ParsedReference> parsedReferences = new ArrayList<>();
            for (Reference reference : references) {
                Integer owner = owners.get(reference.owner());
                if (owner == null || all.isEmpty()) {
                    throw new IllegalArgumentException("reference owner " + reference.owner() + " is not declared in "
                            + path + "; declared: " + owners.keySet());
                }
                parsedReferences.add(new ParsedReference(
                        owner,
                        reference.kind(),
                        reference.text(),
                        reference.target(),
                        "",
                        reference.importName(),
                        all.get(owner).startLine()));
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            FileMeta meta = new FileMeta(
                    path,
                    language,
                    null,
                    bytes.length,
                    mtimeMs,
                    readMs,
                    TestChunks.sha256(text.toString()),
                    text.isEmpty() ? 0 : TestChunks.lineCount(text.toString()),
                    quality,
                    quality == ParseQuality.FULL ? null : "test parse degraded",
                    test);
            return new ParsedFile(meta, chunks, all, parsedReferences);
        }

        private static String languageOf(String path) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            return switch (extension) {
                case "go" -> "go";
                case "java" -> "java";
                case "py" -> "python";
                case "ts" -> "typescript";
                case "js" -> "javascript";
                case "rs" -> "rust";
                default -> "text";
            };
        }
    }
}
