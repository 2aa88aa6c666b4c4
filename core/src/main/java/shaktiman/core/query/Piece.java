package shaktiman.core.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.port.SymbolRecord;

/**
 * Something context may pack: a ranked unit or a graph neighbour, with its full content.
 *
 * @param score the packing score at 4 decimals
 * @param chunkIds the chunks it shows, for expansion and de-duplication
 * @param member the member symbol it shows when it is one member of its chunk ({@link MemberHits}), whose symbols then
 *     seed expansion instead of the whole chunk's
 * @param contentTokens the stored MCP-1 count of the content when known (one chunk), else 0: a lower bound that
 *     lets packing skip counting blocks that cannot fit
 */
record Piece(
        String path,
        int startLine,
        int endLine,
        ChunkKind kind,
        Optional<String> symbol,
        Optional<String> qualifiedName,
        double score,
        Optional<String> via,
        String content,
        boolean isTest,
        List<Long> chunkIds,
        Optional<SymbolRecord> member,
        int contentTokens) {
    Piece {
        chunkIds = List.copyOf(chunkIds);
        Objects.requireNonNull(member, "member");
    }

    static Piece of(Unit unit) {
        return new Piece(
                unit.path(),
                unit.startLine(),
                unit.endLine(),
                unit.kind(),
                unit.symbol(),
                unit.qualifiedName(),
                unit.score(),
                Optional.empty(),
                unit.content(),
                unit.isTest(),
                unit.parts().stream().map(c -> c.id()).toList(),
                unit.member(),
                unit.storedTokens().orElse(0));
    }

    /**
     * Whether this and {@code other} show common lines of one chunk: two pieces of one chunk always do, unless they are
     * members of it with disjoint lines.
     */
    boolean sharesChunkLines(Piece other) {
        return chunkIds.stream().anyMatch(other.chunkIds::contains)
                && startLine <= other.endLine
                && other.startLine <= endLine;
    }

    /**
     * Whether {@code symbol}, defined by one of this piece's chunks, is one this piece shows: any of a whole chunk's, a
     * member's own and those nested in it.
     */
    boolean shows(SymbolRecord symbol) {
        return chunkIds.contains(symbol.chunkId())
                && member.map(m -> symbol.startLine() >= m.startLine()
                                && symbol.endLine() <= m.endLine()
                                && (symbol.qualifiedName().equals(m.qualifiedName())
                                        || symbol.qualifiedName().startsWith(m.qualifiedName() + ".")))
                        .orElse(true);
    }

    /**
     * Whether this and {@code other} are in one file and their lines overlap by more than half of the smaller one;
     * header chunks never overlap anything (MCP-30).
     */
    boolean overlaps(Piece other) {
        if (!path.equals(other.path) || kind == ChunkKind.HEADER || other.kind == ChunkKind.HEADER) {
            return false;
        }
        int shared = Math.min(endLine, other.endLine) - Math.max(startLine, other.startLine) + 1;
        int smaller = Math.min(endLine - startLine + 1, other.endLine - other.startLine + 1);
        return shared > 0 && 2L * shared > smaller;
    }

    /** Whether the block cannot fit in {@code room} tokens whatever BPE does at its edges. */
    boolean surelyOver(int room) {
        // A block holds its content; joining it to the head line can merge at most a token or two at the seam.
        return contentTokens - 2 > room;
    }

    SessionHistory.Key key() {
        return SessionHistory.Key.of(path, qualifiedName.orElse(""), startLine);
    }
}
