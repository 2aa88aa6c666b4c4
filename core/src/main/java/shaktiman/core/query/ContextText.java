package shaktiman.core.query;

import java.util.List;
import java.util.Optional;

/** MCP-31's text of a context bundle. Pure. */
final class ContextText {
    private ContextText() {}

    /** A chosen block: its piece and the content shown (cut, with the marker, when {@code truncated}). */
    record Block(Piece piece, String content, boolean truncated) {}

    static String header(int chunks, int used, int budget, Strategy strategy) {
        return "[context] " + chunks + " chunks, " + used + " of " + budget + " tokens, strategy: "
                + strategy.wireName();
    }

    /** The block's first line: {@code --- <path>:<s>-<e> (<name>, <kind>; <via>) ---}. */
    static String head(Piece piece) {
        String kind = piece.kind().wireName();
        String label = piece.qualifiedName()
                .or(piece::symbol)
                .map(n -> n + ", " + kind)
                .orElse(kind);
        String via = piece.via().map(v -> "; " + v).orElse("");
        return "--- " + piece.path() + ":" + piece.startLine() + "-" + piece.endLine() + " (" + label + via + ") ---";
    }

    /** A block as MCP-29 counts it: header line, content, blank line. */
    static String blockText(Piece piece, String content) {
        return head(piece) + "\n" + content + "\n\n";
    }

    /** The whole text: header, blank line, the blocks each followed by a blank line, then warning and notice lines. */
    static String render(
            List<Block> blocks,
            int used,
            int budget,
            Strategy strategy,
            Optional<String> warning,
            Optional<String> notice) {
        StringBuilder text = new StringBuilder(header(blocks.size(), used, budget, strategy)).append('\n');
        for (Block block : blocks) {
            text.append('\n')
                    .append(head(block.piece()))
                    .append('\n')
                    .append(block.content())
                    .append('\n');
        }
        warning.ifPresent(w -> text.append('\n').append(w));
        notice.ifPresent(n -> text.append('\n').append(n));
        return text.toString();
    }

    /** MCP-30's truncation marker for {@code more} omitted lines {@code from..to} of {@code path}. */
    static String marker(String path, int more, int from, int to) {
        return "… [truncated: " + more + " more lines; read " + path + ":" + from + "-" + to + "]";
    }
}
