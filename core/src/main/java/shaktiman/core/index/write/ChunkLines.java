package shaktiman.core.index.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A chunk's place in its file, enough to recover its non-blank own lines (IX-19): an ordinary chunk owns all its
 * content; a summary owns its header lines (before its first child) and trailer lines (after its last child), which
 * are the first and last lines of its content, between which it lists its members in synthesised lines.
 *
 * @param parentIndex position of its parent summary in the same list, or -1
 */
public record ChunkLines(int startLine, int endLine, boolean isSummary, int parentIndex, String content) {
    public ChunkLines {
        Objects.requireNonNull(content, "content");
    }

    /** The multiset of the non-blank own lines of every chunk of a file, in chunk order. */
    public static List<String> nonBlankOwnLines(List<ChunkLines> chunks) {
        int[] firstChildStart = new int[chunks.size()];
        int[] lastChildEnd = new int[chunks.size()];
        for (int i = 0; i < chunks.size(); i++) {
            firstChildStart[i] = Integer.MAX_VALUE;
            lastChildEnd[i] = Integer.MIN_VALUE;
        }
        for (ChunkLines chunk : chunks) {
            if (chunk.parentIndex() >= 0) {
                int parent = chunk.parentIndex();
                firstChildStart[parent] = Math.min(firstChildStart[parent], chunk.startLine());
                lastChildEnd[parent] = Math.max(lastChildEnd[parent], chunk.endLine());
            }
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            ChunkLines chunk = chunks.get(i);
            List<String> content = chunk.content().lines().toList();
            if (!chunk.isSummary() || firstChildStart[i] == Integer.MAX_VALUE) {
                addNonBlank(lines, content);
                continue;
            }
            int header = Math.clamp(firstChildStart[i] - chunk.startLine(), 0, content.size());
            int trailer = Math.clamp(chunk.endLine() - lastChildEnd[i], 0, content.size() - header);
            addNonBlank(lines, content.subList(0, header));
            addNonBlank(lines, content.subList(content.size() - trailer, content.size()));
        }
        return lines;
    }

    private static void addNonBlank(List<String> sink, List<String> lines) {
        for (String line : lines) {
            if (!line.isBlank()) {
                sink.add(line);
            }
        }
    }
}
