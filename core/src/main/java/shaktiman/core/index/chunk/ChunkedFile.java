package shaktiman.core.index.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The chunks of one file, in {@code chunk_index} order. The list is consistent: each chunk's index is its position, a
 * parent is an earlier summary whose range holds the child, and a part group names its own first piece and has at
 * least two pieces.
 *
 * @param chunks the chunks; empty for an empty or all-blank file
 */
public record ChunkedFile(List<Chunk> chunks) {

    /** The chunks of an empty or all-blank file. */
    public static final ChunkedFile EMPTY = new ChunkedFile(List.of());

    public ChunkedFile {
        chunks = List.copyOf(chunks);
        int[] groupSizes = new int[chunks.size()];
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            if (chunk.chunkIndex() != i) {
                throw new IllegalArgumentException("chunk at position " + i + " has chunkIndex " + chunk.chunkIndex());
            }
            if (chunk.parent() >= 0) {
                Chunk parent = chunks.get(chunk.parent());
                if (!parent.isSummary() || !parent.lines().contains(chunk.lines())) {
                    throw new IllegalArgumentException("chunk " + i + " (lines " + chunk.startLine() + ".."
                            + chunk.endLine() + ") has parent " + parent + ", which is not a summary holding it");
                }
            }
            if (chunk.partGroup() >= 0) {
                if (chunks.get(chunk.partGroup()).partGroup() != chunk.partGroup()) {
                    throw new IllegalArgumentException("chunk " + i + " is in part group " + chunk.partGroup()
                            + ", whose first piece is not in that group");
                }
                groupSizes[chunk.partGroup()]++;
            }
        }
        for (int i = 0; i < groupSizes.length; i++) {
            if (groupSizes[i] == 1) {
                throw new IllegalArgumentException("part group " + i + " has one piece; a lone piece has group -1");
            }
        }
    }

    /** The number of chunks. */
    public int size() {
        return chunks.size();
    }

    /** The chunk at {@code index}. */
    public Chunk get(int index) {
        return chunks.get(index);
    }

    /** The chunks whose parent is the chunk at {@code index}, in order. */
    public List<Chunk> children(int index) {
        Objects.checkIndex(index, chunks.size());
        return chunks.stream().filter(chunk -> chunk.parent() == index).toList();
    }

    /**
     * The own lines of the chunk at {@code index} (IX-19): its range, minus its children's ranges for a summary, as
     * ascending disjoint ranges.
     */
    public List<LineRange> ownLines(int index) {
        Chunk chunk = chunks.get(index);
        List<LineRange> own = new ArrayList<>();
        int next = chunk.startLine();
        for (Chunk child : children(index)) {
            if (child.startLine() > next) {
                own.add(new LineRange(next, child.startLine() - 1));
            }
            next = Math.max(next, child.endLine() + 1);
        }
        if (next <= chunk.endLine()) {
            own.add(new LineRange(next, chunk.endLine()));
        }
        return own;
    }
}
