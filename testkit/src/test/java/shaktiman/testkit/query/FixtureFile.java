package shaktiman.testkit.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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
import shaktiman.core.port.TokenCounter;
import shaktiman.testkit.TestChunks;

/**
 * Builds one parsed file of the query fixture the way the chunker lays files out: a header chunk, declarations each
 * in their own chunk separated by a blank line, decomposed containers (a summary chunk with child chunks), split
 * declarations (parts sharing a part group) and members attached to their container's chunk.
 */
final class FixtureFile {
    private record Draft(
            ChunkKind kind,
            boolean summary,
            String qualifiedName,
            String signature,
            int startLine,
            int endLine,
            String content,
            int parent,
            int partGroup) {}

    private record Reference(String owner, EdgeKind kind, String text, String target, String importName) {}

    private final String path;
    private final String language;
    private final String packageName;
    private final boolean test;
    private final TokenCounter tokens;
    private final List<Draft> chunks = new ArrayList<>();
    private final List<ParsedSymbol> symbols = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    /** An open decomposed container: its summary's position, member lines and trailer. */
    private record Frame(int index, List<String> members, String trailer) {}

    private final java.util.Deque<Frame> open = new java.util.ArrayDeque<>();

    FixtureFile(String path, String language, String packageName, boolean test, TokenCounter tokens) {
        this.path = path;
        this.language = language;
        this.packageName = packageName;
        this.test = test;
        this.tokens = tokens;
    }

    /** The header chunk: leading comments, package and import lines. */
    FixtureFile header(String content) {
        addChunk(ChunkKind.HEADER, null, null, content, -1);
        return this;
    }

    /** A gap block with no symbol, such as module-level test code. */
    FixtureFile block(String content) {
        addChunk(ChunkKind.BLOCK, null, null, content, -1);
        return this;
    }

    /** One more blank line before the next chunk, as between top-level Python definitions. */
    FixtureFile blank() {
        lines.add("");
        return this;
    }

    /** A declaration in its own chunk, with its symbol. */
    FixtureFile declare(ChunkKind kind, SymKind symbolKind, String qualifiedName, String signature, String content) {
        int index = addChunk(kind, qualifiedName, signature, content, -1);
        Draft chunk = chunks.get(index);
        addSymbol(symbolKind, qualifiedName, signature, chunk.startLine(), chunk.endLine(), content, index);
        if (!open.isEmpty()) {
            open.peek().members().add("  " + lastSegment(qualifiedName) + signature + " { ... }");
        }
        return this;
    }

    /** A member declared inside the last chunk, at 0-based line offsets of that chunk, sharing its chunk. */
    FixtureFile member(SymKind kind, String qualifiedName, String signature, int fromOffset, int toOffset) {
        int index = chunks.size() - 1;
        Draft chunk = chunks.get(index);
        String[] chunkLines = chunk.content().split("\n", -1);
        StringBuilder body = new StringBuilder();
        for (int i = fromOffset; i <= toOffset; i++) {
            body.append(chunkLines[i]).append('\n');
        }
        addSymbol(
                kind,
                qualifiedName,
                signature,
                chunk.startLine() + fromOffset,
                chunk.startLine() + toOffset,
                body.toString(),
                index);
        return this;
    }

    /** A declaration split into parts (IX-24) that share one part group; the symbol attaches to the first part. */
    FixtureFile split(ChunkKind kind, SymKind symbolKind, String qualifiedName, String signature, List<String> parts) {
        int first = chunks.size();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                // parts are consecutive lines, without the blank separator of declarations
                lines.removeLast();
            }
            addChunk(kind, qualifiedName, signature, parts.get(i), first);
        }
        addSymbol(
                symbolKind,
                qualifiedName,
                signature,
                chunks.get(first).startLine(),
                chunks.getLast().endLine(),
                String.join("\n", parts),
                first);
        return this;
    }

    /** Opens a decomposed container (IX-22): its summary chunk, whose header lines are {@code head}. */
    FixtureFile open(ChunkKind kind, SymKind symbolKind, String qualifiedName, String head, String trailer) {
        int index = addChunk(kind, qualifiedName, "", head, -1);
        Draft summary = chunks.get(index);
        chunks.set(
                index,
                new Draft(
                        kind,
                        true,
                        qualifiedName,
                        "",
                        summary.startLine(),
                        summary.endLine(),
                        head,
                        summary.parent(),
                        -1));
        addSymbol(symbolKind, qualifiedName, "", summary.startLine(), summary.endLine(), head, index);
        if (!open.isEmpty()) {
            open.peek().members().add("  " + lastSegment(qualifiedName) + " { ... }");
        }
        open.push(new Frame(index, new ArrayList<>(), trailer));
        lines.removeLast(); // children follow the header lines directly
        return this;
    }

    /** Closes the open container: its trailer lines end its range, and its content lists its members. */
    FixtureFile close() {
        Frame frame = open.pop();
        int openSummary = frame.index();
        Draft summary = chunks.get(openSummary);
        lines.removeLast();
        lines.addAll(List.of(frame.trailer().split("\n", -1)));
        int end = lines.size();
        lines.add("");
        String content = summary.content() + "\n" + String.join("\n", frame.members()) + "\n" + frame.trailer();
        chunks.set(
                openSummary,
                new Draft(
                        summary.kind(),
                        true,
                        summary.qualifiedName(),
                        "",
                        summary.startLine(),
                        end,
                        content,
                        summary.parent(),
                        -1));
        for (int i = 0; i < symbols.size(); i++) {
            ParsedSymbol symbol = symbols.get(i);
            if (symbol.chunkIndex() == openSummary) {
                symbols.set(
                        i,
                        new ParsedSymbol(
                                symbol.name(),
                                symbol.qualifiedName(),
                                symbol.kind(),
                                symbol.startLine(),
                                end,
                                symbol.signature(),
                                symbol.visibility(),
                                symbol.isExported(),
                                symbol.bodyHash(),
                                symbol.chunkIndex()));
            }
        }
        return this;
    }

    /** A call from {@code owner} (a qualified name, or the path for the file symbol). */
    FixtureFile calls(String owner, String text, String importName) {
        String target = text.substring(Math.max(text.lastIndexOf('.'), text.lastIndexOf('/')) + 1);
        references.add(new Reference(owner, EdgeKind.CALLS, text, target, importName));
        return this;
    }

    /** An import owned by the file symbol. */
    FixtureFile imports(String target, String importName) {
        references.add(new Reference(path, EdgeKind.IMPORTS, target, target, importName));
        return this;
    }

    /** Any reference. */
    FixtureFile reference(String owner, EdgeKind kind, String text, String target) {
        references.add(new Reference(owner, kind, text, target, ""));
        return this;
    }

    private int addChunk(ChunkKind kind, String qualifiedName, String signature, String content, int partGroup) {
        int start = lines.size() + 1;
        String[] contentLines = content.split("\n", -1);
        lines.addAll(List.of(contentLines));
        int end = lines.size();
        lines.add(""); // the blank line between declarations
        int parent = open.isEmpty() ? ParsedChunk.NONE : open.peek().index();
        chunks.add(new Draft(kind, false, qualifiedName, signature, start, end, content, parent, partGroup));
        return chunks.size() - 1;
    }

    private void addSymbol(
            SymKind kind, String qualifiedName, String signature, int start, int end, String body, int chunk) {
        symbols.add(new ParsedSymbol(
                lastSegment(qualifiedName),
                qualifiedName,
                kind,
                start,
                end,
                signature,
                Visibility.PUBLIC,
                true,
                TestChunks.sha256(body),
                chunk));
    }

    private static String lastSegment(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    ParsedFile build() {
        List<ParsedChunk> parsed = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            Draft d = chunks.get(i);
            parsed.add(new ParsedChunk(
                    i,
                    d.kind(),
                    d.summary(),
                    d.qualifiedName() == null ? null : lastSegment(d.qualifiedName()),
                    d.qualifiedName(),
                    d.signature(),
                    d.startLine(),
                    d.endLine(),
                    d.content(),
                    TestChunks.sha256(d.content()),
                    tokens.count(d.content()),
                    d.parent(),
                    d.partGroup()));
        }
        String text = String.join("\n", lines);
        List<ParsedSymbol> all = new ArrayList<>();
        all.add(new ParsedSymbol(
                path,
                path,
                SymKind.FILE,
                1,
                Math.max(1, lines.size() - 1),
                "",
                null,
                false,
                TestChunks.sha256(text),
                0));
        all.addAll(symbols);
        Map<String, Integer> owners = new HashMap<>();
        owners.put(path, 0);
        for (int i = 1; i < all.size(); i++) {
            owners.putIfAbsent(all.get(i).qualifiedName(), i);
        }
        List<ParsedReference> parsedReferences = new ArrayList<>();
        for (Reference r : references) {
            Integer owner = owners.get(r.owner());
            if (owner == null) {
                throw new IllegalArgumentException("no owner " + r.owner() + " in " + path);
            }
            parsedReferences.add(new ParsedReference(
                    owner,
                    r.kind(),
                    r.text(),
                    r.target(),
                    qualifier(r.text(), r.target()),
                    r.importName(),
                    all.get(owner).startLine()));
        }
        FileMeta meta = new FileMeta(
                path,
                language,
                packageName,
                text.getBytes(StandardCharsets.UTF_8).length,
                1_000,
                1_000,
                TestChunks.sha256(text),
                lines.size() - 1,
                ParseQuality.FULL,
                null,
                test);
        return new ParsedFile(meta, parsed, all, parsedReferences);
    }

    private static String qualifier(String text, String target) {
        if (!text.endsWith(target) || text.length() == target.length()) {
            return "";
        }
        return text.substring(0, text.length() - target.length() - 1);
    }
}
