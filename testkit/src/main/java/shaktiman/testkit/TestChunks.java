package shaktiman.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.index.ParsedChunk;

/** Builds single chunks of the write model for tests, with their content hash and a token count computed. */
public final class TestChunks {
    private TestChunks() {}

    /** The lowercase hex SHA-256 of {@code text}'s UTF-8 bytes, as the index stores hashes. */
    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK provides SHA-256", e);
        }
    }

    /** The number of lines of {@code content} (joined by {@code \n}). */
    public static int lineCount(String content) {
        return (int) content.chars().filter(c -> c == '\n').count() + 1;
    }

    /** A top-level, single-piece, non-summary chunk starting at {@code startLine}; names may be {@code null}. */
    public static ParsedChunk chunk(int index, ChunkKind kind, String qualifiedName, int startLine, String content) {
        return new ParsedChunk(
                index,
                kind,
                false,
                qualifiedName == null ? null : lastSegment(qualifiedName),
                qualifiedName,
                null,
                startLine,
                startLine + lineCount(content) - 1,
                content,
                sha256(content),
                tokens(content),
                ParsedChunk.NONE,
                ParsedChunk.NONE);
    }

    /** A summary chunk covering {@code startLine..endLine}, whose content is its header, member lines and trailer. */
    public static ParsedChunk summary(
            int index, ChunkKind kind, String qualifiedName, int startLine, int endLine, String content) {
        return new ParsedChunk(
                index,
                kind,
                true,
                lastSegment(qualifiedName),
                qualifiedName,
                null,
                startLine,
                endLine,
                content,
                sha256(content),
                tokens(content),
                ParsedChunk.NONE,
                ParsedChunk.NONE);
    }

    /** {@code chunk} as a child of the summary at position {@code parentIndex}. */
    public static ParsedChunk withParent(ParsedChunk chunk, int parentIndex) {
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
                parentIndex,
                chunk.partGroupIndex());
    }

    private static int tokens(String content) {
        // A stand-in for the MCP-1 counter: the store only stores the number.
        return Math.max(1, content.length() / 4);
    }

    private static String lastSegment(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}
