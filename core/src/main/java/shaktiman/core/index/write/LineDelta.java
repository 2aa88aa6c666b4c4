package shaktiman.core.index.write;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code lines_added} and {@code lines_removed} of a {@code modify} record (IX-49): the two sides of the multiset
 * difference between the old and new non-blank own lines.
 */
public record LineDelta(int added, int removed) {

    /** Compares two multisets of lines, as {@link ChunkLines#nonBlankOwnLines} gives them. */
    public static LineDelta between(List<String> oldLines, List<String> newLines) {
        Map<String, Integer> balance = new HashMap<>();
        for (String line : newLines) {
            balance.merge(line, 1, Integer::sum);
        }
        for (String line : oldLines) {
            balance.merge(line, -1, Integer::sum);
        }
        int added = 0;
        int removed = 0;
        for (int count : balance.values()) {
            if (count > 0) {
                added += count;
            } else {
                removed -= count;
            }
        }
        return new LineDelta(added, removed);
    }
}
