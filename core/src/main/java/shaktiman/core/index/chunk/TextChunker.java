package shaktiman.core.index.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.port.TokenCounter;

/**
 * Chunks plain text (IX-16): the text is cut into blocks at blank lines (in Markdown also before each heading),
 * consecutive blocks are packed greedily up to the maximum, and a block over the maximum is line-split. Every chunk has
 * kind {@code block} and no names; in Markdown every heading starts a chunk (T-19). Stateless, so one instance may chunk
 * on many threads at once.
 */
public final class TextChunker {

    private static final Pattern HEADING = Pattern.compile(" {0,3}#{1,6}(\\s.*)?");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(```|~~~).*");

    private final TokenCounter counter;
    private final ChunkLimits limits;

    /** A chunker that counts with {@code counter} against {@code limits}. */
    public TextChunker(TokenCounter counter, ChunkLimits limits) {
        this.counter = Objects.requireNonNull(counter, "counter");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Chunks {@code text} as {@code format}.
     *
     * @return the chunks; none for an empty or all-blank text
     */
    public ChunkedFile chunk(String text, TextFormat format) {
        Objects.requireNonNull(format, "format");
        SourceLines lines = SourceLines.of(text);
        if (lines.allBlank()) {
            return ChunkedFile.EMPTY;
        }
        List<Draft> drafts = new ArrayList<>();
        Draft open = null;
        int declarations = 0;
        for (Block block : blocks(lines, format)) {
            if (open != null && !block.heading() && open.tokens <= limits.maxTokens()) {
                int packed = counter.count(lines.join(open.start, block.end()));
                if (packed <= limits.maxTokens()) {
                    open.end = block.end();
                    open.tokens = packed;
                    continue;
                }
            }
            open = Draft.plain(ChunkKind.BLOCK, block.start(), block.end(), declarations++);
            open.tokens = counter.count(lines.join(block.start(), block.end()));
            drafts.add(open);
        }
        return new Assembler(lines, counter, limits).assemble(drafts);
    }

    /** A run of non-blank lines; {@code heading} when it starts at a Markdown heading. */
    private record Block(int start, int end, boolean heading) {}

    private static List<Block> blocks(SourceLines lines, TextFormat format) {
        List<Block> blocks = new ArrayList<>();
        boolean inFence = false;
        int start = -1;
        boolean heading = false;
        for (int line = 1; line <= lines.size(); line++) {
            String text = lines.line(line);
            boolean startsHeading = false;
            if (format == TextFormat.MARKDOWN) {
                if (FENCE.matcher(text).matches()) {
                    inFence = !inFence;
                } else if (!inFence) {
                    startsHeading = HEADING.matcher(text).matches();
                }
            }
            if (text.isBlank() || startsHeading) {
                if (start > 0) {
                    blocks.add(new Block(start, lines.lastNonBlank(start, line - 1), heading));
                    start = -1;
                }
            }
            if (!text.isBlank() && start < 0) {
                start = line;
                heading = startsHeading;
            }
        }
        if (start > 0) {
            blocks.add(new Block(start, lines.lastNonBlank(start, lines.size()), heading));
        }
        return blocks;
    }
}
