package shaktiman.core.index.chunk;

import java.util.Objects;
import shaktiman.core.model.ChunkKind;

/**
 * One chunk of a file (IX-19, IX-25), as stored in the {@code chunks} table. Chunks refer to each other by their
 * position in the file's {@link ChunkedFile} list; the indexer maps those positions to row ids.
 *
 * <p>Own lines, the lines that this chunk alone stands for, are {@code startLine..endLine} for an ordinary chunk and that
 * range minus the ranges of its descendants for a summary; {@link ChunkedFile#ownLines(int)} derives them.
 *
 * @param chunkIndex the 0-based pre-order position in the file (by start line, parents before children)
 * @param kind the declaration's kind, or {@code header}/{@code block}
 * @param isSummary whether this is the summary of a decomposed declaration (IX-22)
 * @param symbolName the declaration's bare name; null for the header, top-level gaps, text and unnamed units
 * @param qualifiedName the declaration's qualified name; null when {@code symbolName} is
 * @param signature the declaration's signature, such as {@code (long id): User}; null if it has none
 * @param startLine the first line, 1-based
 * @param endLine the last line
 * @param content the source lines {@code startLine..endLine} joined by {@code \n}, verbatim; for a summary its header
 *     lines, one {@code "  <name><signature> { ... }"} line per direct child unit, and its trailer lines
 * @param contentHash SHA-256 of {@code content}'s UTF-8 bytes, lowercase hex
 * @param tokenCount the MCP-1 token count of {@code content}
 * @param parent the position of the nearest enclosing summary chunk, or -1 at the top level
 * @param partGroup the position of the first piece of this chunk's declaration occurrence when it has several pieces
 *     (summary, gaps, split parts), or -1 when this chunk is the only piece
 */
public record Chunk(
        int chunkIndex,
        ChunkKind kind,
        boolean isSummary,
        String symbolName,
        String qualifiedName,
        String signature,
        int startLine,
        int endLine,
        String content,
        String contentHash,
        int tokenCount,
        int parent,
        int partGroup) {

    public Chunk {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentHash, "contentHash");
        if (chunkIndex < 0) {
            throw new IllegalArgumentException("chunkIndex must be >= 0, was " + chunkIndex);
        }
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("chunk " + chunkIndex + " has lines " + startLine + ".." + endLine);
        }
        if (!ContentHash.isWellFormed(contentHash)) {
            throw new IllegalArgumentException(
                    "chunk " + chunkIndex + " has contentHash " + contentHash + ", not 64 lowercase hex digits");
        }
        if (tokenCount < 0) {
            throw new IllegalArgumentException("chunk " + chunkIndex + " has tokenCount " + tokenCount);
        }
        if (parent < -1 || parent >= chunkIndex) {
            throw new IllegalArgumentException("chunk " + chunkIndex + " has parent " + parent
                    + "; a parent is -1 or an earlier chunk (pre-order)");
        }
        if (partGroup < -1 || partGroup > chunkIndex) {
            throw new IllegalArgumentException("chunk " + chunkIndex + " has partGroup " + partGroup
                    + "; a group is -1 or the position of its first piece");
        }
        if (isSummary && (kind == ChunkKind.HEADER || kind == ChunkKind.BLOCK)) {
            throw new IllegalArgumentException("chunk " + chunkIndex + " is a summary of kind " + kind.wireName()
                    + "; only declarations are summarised");
        }
        if (kind == ChunkKind.HEADER && symbolName != null) {
            throw new IllegalArgumentException(
                    "chunk " + chunkIndex + " is a header with symbol " + symbolName + "; headers have none");
        }
        if (symbolName == null && qualifiedName != null) {
            throw new IllegalArgumentException(
                    "chunk " + chunkIndex + " has qualifiedName " + qualifiedName + " but no symbolName");
        }
    }

    /** The range {@code startLine..endLine}. */
    public LineRange lines() {
        return new LineRange(startLine, endLine);
    }

    /** A one-line description; the content is left out. */
    @Override
    public String toString() {
        return "Chunk[" + chunkIndex + " " + kind.wireName() + (isSummary ? " summary" : "")
                + (symbolName == null ? "" : " " + qualifiedName) + " " + startLine + ".." + endLine + " ~"
                + tokenCount + " parent=" + parent + " group=" + partGroup + "]";
    }
}
