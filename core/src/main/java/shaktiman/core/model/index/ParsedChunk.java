package shaktiman.core.model.index;

import java.util.Objects;
import shaktiman.core.model.ChunkKind;

/**
 * One chunk of a parsed file (IX-19…IX-25), with its relations given as positions in the file's chunk list.
 *
 * @param chunkIndex its 0-based pre-order position, equal to its position in {@link ParsedFile#chunks()}
 * @param symbolName the declaration's name, or {@code null} for a header or gap block
 * @param qualifiedName the declaration's qualified name, or {@code null} for a header or gap block
 * @param signature the declaration's signature, or {@code null}
 * @param contentHash SHA-256 of {@code content}
 * @param parentIndex position of the nearest enclosing summary chunk, or {@link #NONE} at top level
 * @param partGroupIndex position of the first piece of its declaration occurrence, or {@link #NONE} when the chunk is
 *     the only piece (IX-25)
 */
public record ParsedChunk(
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
        int parentIndex,
        int partGroupIndex) {

    /** The position value meaning "no such chunk". */
    public static final int NONE = -1;

    public ParsedChunk {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Hashes.requireSha256(contentHash, "contentHash");
        if (chunkIndex < 0) {
            throw new IllegalArgumentException("chunkIndex must not be negative, was " + chunkIndex);
        }
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException(
                    "lines must satisfy 1 <= startLine <= endLine, were " + startLine + ".." + endLine);
        }
        if (tokenCount < 0) {
            throw new IllegalArgumentException("tokenCount must not be negative, was " + tokenCount);
        }
        if (parentIndex != NONE && (parentIndex < 0 || parentIndex >= chunkIndex)) {
            throw new IllegalArgumentException("parentIndex must be NONE or a position before chunk " + chunkIndex
                    + " (parents come first in pre-order), was " + parentIndex);
        }
        if (partGroupIndex != NONE && (partGroupIndex < 0 || partGroupIndex > chunkIndex)) {
            throw new IllegalArgumentException(
                    "partGroupIndex must be NONE or a position up to chunk " + chunkIndex + ", was " + partGroupIndex);
        }
    }
}
