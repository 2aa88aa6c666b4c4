package shaktiman.core.index.chunk;

import java.util.Locale;

/** How {@link TextChunker} finds block starts in a {@code text} file (IX-16). */
public enum TextFormat {
    /** Blocks start after blank lines. */
    PLAIN,
    /** Blocks also start at each ATX heading line ({@code #} … {@code ######}) outside fenced code. */
    MARKDOWN;

    /** {@link #MARKDOWN} for a path ending in {@code .md} or {@code .markdown} (any case), else {@link #PLAIN}. */
    public static TextFormat forPath(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown") ? MARKDOWN : PLAIN;
    }
}
