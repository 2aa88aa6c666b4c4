package shaktiman.core.query;

import java.util.List;
import java.util.Optional;
import shaktiman.core.model.ChunkKind;

/**
 * Something context may pack: a ranked unit or a graph neighbour, with its full content.
 *
 * @param score the packing score at 4 decimals
 * @param chunkIds the chunks it shows, for expansion and de-duplication
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
        int contentTokens) {
    Piece {
        chunkIds = List.copyOf(chunkIds);
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
                unit.parts().size() == 1 ? unit.first().tokenCount() : 0);
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
