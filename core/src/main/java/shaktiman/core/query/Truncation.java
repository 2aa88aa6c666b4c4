package shaktiman.core.query;

import java.util.Optional;
import shaktiman.core.port.TokenCounter;

/**
 * MCP-30's truncation: keeps whole lines from the top and appends the marker; when not even one line fits, the first
 * line is cut at a code-point boundary. Counts are exact (MCP-1) on the rendered block.
 */
final class Truncation {
    private Truncation() {}

    /** The content of {@code piece} cut so that its block counts at most {@code maxTokens}, if any cut fits. */
    static Optional<String> fit(Piece piece, int maxTokens, TokenCounter tokens) {
        String[] lines = piece.content().split("\n", -1);
        int low = 0;
        int high = lines.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (tokens.count(ContextText.blockText(piece, keep(piece, lines, mid))) <= maxTokens) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        if (low >= 1) {
            return Optional.of(keep(piece, lines, low));
        }
        return cutFirstLine(piece, lines, maxTokens, tokens);
    }

    private static String keep(Piece piece, String[] lines, int kept) {
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < kept; i++) {
            content.append(lines[i]).append('\n');
        }
        return content.append(marker(piece, lines.length, kept)).toString();
    }

    private static String marker(Piece piece, int lineCount, int kept) {
        int last = Math.max(piece.endLine(), piece.startLine() + lineCount - 1);
        int from = Math.min(piece.startLine() + kept, last);
        return ContextText.marker(piece.path(), lineCount - kept, from, last);
    }

    private static Optional<String> cutFirstLine(Piece piece, String[] lines, int maxTokens, TokenCounter tokens) {
        String first = lines[0];
        int codePoints = first.codePointCount(0, first.length());
        int low = 0;
        int high = codePoints;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (tokens.count(ContextText.blockText(piece, cut(piece, lines.length, first, mid))) <= maxTokens) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low == 0 ? Optional.empty() : Optional.of(cut(piece, lines.length, first, low));
    }

    private static String cut(Piece piece, int lineCount, String first, int codePoints) {
        return first.substring(0, first.offsetByCodePoints(0, codePoints)) + "\n" + marker(piece, lineCount, 0);
    }
}
