package shaktiman.adapters.parse;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.treesitter.TSParseState;
import org.treesitter.TSParserProgress;

/**
 * The progress callback that cancels a parse (IX-15): tree-sitter calls it every few hundred operations, and it
 * answers true once the timeout has passed or the parser is being closed. It remembers why it cancelled.
 */
final class Deadline implements TSParserProgress {

    private final long start = System.nanoTime();
    private final long timeoutNanos;
    private final BooleanSupplier closing;
    private int lastOffset;
    private boolean timedOut;
    private boolean closed;

    Deadline(Duration timeout, BooleanSupplier closing) {
        // Past a year the deadline cannot matter, and past ~292 years toNanos() would overflow.
        this.timeoutNanos = timeout.compareTo(Duration.ofDays(365)) > 0 ? Long.MAX_VALUE : timeout.toNanos();
        this.closing = closing;
    }

    @Override
    public boolean progress(TSParseState state) {
        lastOffset = state.getCurrentByteOffset();
        timedOut = System.nanoTime() - start >= timeoutNanos;
        closed = closing.getAsBoolean();
        return timedOut || closed;
    }

    /** Why tree-sitter returned no tree, for {@code parse_error}. */
    String reason(String languageId, Duration timeout, int totalBytes) {
        if (closed) {
            return "parse of " + languageId + " cancelled: the parser was closed";
        }
        if (timedOut) {
            return "parse of " + languageId + " exceeded its timeout of " + timeout + " and was cancelled at byte "
                    + lastOffset + " of " + totalBytes;
        }
        return "tree-sitter returned no tree for " + languageId;
    }
}
