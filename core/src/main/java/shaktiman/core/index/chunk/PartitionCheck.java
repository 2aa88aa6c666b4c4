package shaktiman.core.index.chunk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import shaktiman.core.port.TokenCounter;

/**
 * Checks a file's chunks against the partition property of T-20 (IX-18, IX-19, IX-24, IX-25): every non-blank line is in
 * exactly one chunk's own lines and no blank line in two; every non-summary content is its lines verbatim; hashes and
 * token counts match the content; no chunk exceeds the maximum except a single-line part or a summary (IX-24 never
 * splits a summary, whose member list grows with its members); parents and part groups are consistent. Used by the tests
 * and, on real corpora, by the benchmark.
 */
public final class PartitionCheck {

    private final TokenCounter counter;
    private final int maxTokens;

    /** A check that recounts with {@code counter} and enforces {@code maxTokens}. */
    public PartitionCheck(TokenCounter counter, int maxTokens) {
        this.counter = Objects.requireNonNull(counter, "counter");
        this.maxTokens = maxTokens;
    }

    /**
     * Every violation of the property by {@code file}, the chunks of {@code text}; each message names the chunk or line.
     *
     * @return the violations, empty when the chunks are sound
     */
    public List<String> check(String text, ChunkedFile file) {
        SourceLines lines = SourceLines.of(text);
        List<String> violations = new ArrayList<>();
        List<Chunk> chunks = file.chunks();
        List<List<Chunk>> children = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            children.add(new ArrayList<>());
        }
        for (Chunk chunk : chunks) {
            if (chunk.parent() >= 0) {
                children.get(chunk.parent()).add(chunk);
            }
        }
        int[] owners = new int[lines.size() + 2];
        Deque<Chunk> enclosing = new ArrayDeque<>();
        for (Chunk chunk : chunks) {
            checkChunk(lines, chunk, chunks, violations);
            // In pre-order, the summaries still open around a chunk are a stack; its parent must be the innermost.
            while (!enclosing.isEmpty() && !enclosing.peek().lines().contains(chunk.lines())) {
                enclosing.pop();
            }
            int nearest = enclosing.isEmpty() ? -1 : enclosing.peek().chunkIndex();
            if (chunk.parent() != nearest) {
                violations.add("chunk " + chunk.chunkIndex() + " has parent " + chunk.parent()
                        + " but the nearest enclosing summary is " + nearest);
            }
            if (chunk.isSummary()) {
                enclosing.push(chunk);
            }
            for (LineRange own : ownLines(chunk, children.get(chunk.chunkIndex()))) {
                for (int line = own.first(); line <= Math.min(own.last(), lines.size()); line++) {
                    owners[line]++;
                }
            }
        }
        for (int line = 1; line <= lines.size(); line++) {
            if (owners[line] > 1) {
                violations.add("line " + line + " is owned by " + owners[line] + " chunks");
            } else if (owners[line] == 0 && !lines.isBlank(line)) {
                violations.add("non-blank line " + line + " is owned by no chunk");
            }
        }
        return violations;
    }

    private void checkChunk(SourceLines lines, Chunk chunk, List<Chunk> chunks, List<String> violations) {
        String name = "chunk " + chunk.chunkIndex() + " (" + chunk.startLine() + ".." + chunk.endLine() + ")";
        if (chunk.endLine() > lines.size()) {
            violations.add(name + " ends after the last line " + lines.size());
            return;
        }
        if (!chunk.isSummary() && !chunk.content().equals(lines.join(chunk.startLine(), chunk.endLine()))) {
            violations.add(name + " content is not its lines verbatim");
        }
        if (chunk.isSummary() && !chunk.content().startsWith(lines.line(chunk.startLine()))) {
            violations.add(name + " is a summary that does not start with its first line");
        }
        if (!chunk.contentHash().equals(ContentHash.of(chunk.content()))) {
            violations.add(name + " content hash does not match its content");
        }
        int tokens = counter.count(chunk.content());
        if (tokens != chunk.tokenCount()) {
            violations.add(name + " token count " + chunk.tokenCount() + " but its content counts " + tokens);
        }
        if (tokens > maxTokens && !chunk.isSummary() && chunk.startLine() != chunk.endLine()) {
            violations.add(name + " has " + tokens + " tokens, over the maximum " + maxTokens);
        }
        if (chunk.chunkIndex() > 0 && chunks.get(chunk.chunkIndex() - 1).startLine() > chunk.startLine()) {
            violations.add(name + " starts before the chunk before it (not in pre-order)");
        }
        if (chunk.parent() >= 0) {
            Chunk parent = chunks.get(chunk.parent());
            if (!parent.isSummary() || !parent.lines().contains(chunk.lines())) {
                violations.add(name + " has parent " + chunk.parent() + ", not a summary holding it");
            }
        }
        if (chunk.partGroup() >= 0) {
            Chunk first = chunks.get(chunk.partGroup());
            if (!Objects.equals(first.qualifiedName(), chunk.qualifiedName())
                    || !Objects.equals(first.symbolName(), chunk.symbolName())) {
                violations.add(name + " names " + chunk.qualifiedName() + " but its part group's first piece names "
                        + first.qualifiedName());
            }
        }
    }

    private static List<LineRange> ownLines(Chunk chunk, List<Chunk> children) {
        List<LineRange> own = new ArrayList<>();
        int next = chunk.startLine();
        for (Chunk child : children) {
            if (child.startLine() > next) {
                own.add(new LineRange(next, child.startLine() - 1));
            }
            next = Math.max(next, child.endLine() + 1);
        }
        if (next <= chunk.endLine()) {
            own.add(new LineRange(next, chunk.endLine()));
        }
        return own;
    }
}
