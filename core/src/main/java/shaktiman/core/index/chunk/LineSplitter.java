package shaktiman.core.index.chunk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import shaktiman.core.port.TokenCounter;

/**
 * Cuts a run of lines into parts of at most the maximum tokens each (IX-24). A single line over the maximum stays one
 * oversize part. A cut prefers the last blank line, then the last block boundary (a line of lower indentation, or a
 * closing bracket or {@code end}), within the final quarter of a part. Parts never start or end on a blank line.
 *
 * <p>Cost is linear: each distinct line is counted once and each part once, so a split calls the counter at most lines
 * + parts times (T-22). Only if a part's real count exceeds the sum of its lines (tokens merging across line ends the
 * other way round, which cl100k_base practically never does) is that part halved and counted again.
 */
public final class LineSplitter {

    private static final Pattern CLOSER = Pattern.compile("[)\\]}]+[;,]?|end");

    private final TokenCounter counter;
    private final int maxTokens;

    /** A splitter for parts of at most {@code maxTokens}, counting with {@code counter}. */
    public LineSplitter(TokenCounter counter, int maxTokens) {
        this.counter = Objects.requireNonNull(counter, "counter");
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be >= 1, was " + maxTokens);
        }
        this.maxTokens = maxTokens;
    }

    /**
     * One part: lines {@code startLine..endLine}, their verbatim content and its token count.
     *
     * @param tokenCount the counter's count of {@code content}
     */
    public record Part(int startLine, int endLine, String content, int tokenCount) {
        public Part {
            Objects.requireNonNull(content, "content");
            if (startLine < 1 || endLine < startLine) {
                throw new IllegalArgumentException("part lines " + startLine + ".." + endLine);
            }
        }
    }

    /**
     * Splits lines {@code first..last} of {@code lines}; blank lines at either end belong to no part.
     *
     * @return the parts in line order; empty when every line in the range is blank
     */
    public List<Part> split(SourceLines lines, int first, int last) {
        int from = lines.firstNonBlank(first, last);
        if (from < 0) {
            return List.of();
        }
        int to = lines.lastNonBlank(first, last);
        return new Run(lines, from, to).parts();
    }

    /** One split: the per-line counts, memoised so that each line is counted once. */
    private final class Run {
        private final SourceLines lines;
        private final int from;
        private final int to;
        private final int[] lineTokens;
        private final Map<String, Integer> byText = new HashMap<>();

        Run(SourceLines lines, int from, int to) {
            this.lines = lines;
            this.from = from;
            this.to = to;
            this.lineTokens = new int[to - from + 1];
            Arrays.fill(lineTokens, -1);
        }

        List<Part> parts() {
            List<Part> parts = new ArrayList<>();
            int start = from;
            while (start <= to) {
                start = lines.firstNonBlank(start, to);
                int end = fill(start);
                if (end < to && end > start) {
                    end = preferredCut(start, end);
                }
                end = lines.lastNonBlank(start, end);
                addCounted(parts, start, end);
                start = end + 1;
            }
            return parts;
        }

        /** The last line of the longest run from {@code start} whose estimate fits; at least {@code start} itself. */
        private int fill(int start) {
            int estimate = tokens(start);
            int line = start;
            while (line < to && estimate <= maxTokens) {
                // A line joins its part with one newline, which costs at most one token.
                int next = estimate + 1 + tokens(line + 1);
                if (next > maxTokens) {
                    break;
                }
                estimate = next;
                line++;
            }
            return line;
        }

        /** The best last line for a part filled over {@code start..end}, looking only in its final quarter. */
        private int preferredCut(int start, int end) {
            long total = estimate(start, end);
            long running = 0;
            int windowStart = end;
            for (int line = start; line <= end; line++) {
                running += tokens(line) + (line > start ? 1 : 0);
                if (running * 4 >= total * 3) {
                    windowStart = line;
                    break;
                }
            }
            for (int line = end; line >= windowStart; line--) {
                if (lines.isBlank(line + 1) && !lines.isBlank(line)) {
                    return line;
                }
            }
            for (int line = end; line >= windowStart; line--) {
                if (!lines.isBlank(line) && isBlockBoundaryAfter(line)) {
                    return line;
                }
            }
            return end;
        }

        private boolean isBlockBoundaryAfter(int line) {
            String here = lines.line(line);
            String next = lines.line(line + 1);
            if (CLOSER.matcher(here.strip()).matches()) {
                return true;
            }
            return !next.isBlank()
                    && indent(next) < indent(here)
                    && !CLOSER.matcher(next.strip()).matches();
        }

        private long estimate(int start, int end) {
            long sum = 0;
            for (int line = start; line <= end; line++) {
                sum += tokens(line) + (line > start ? 1 : 0);
            }
            return sum;
        }

        private void addCounted(List<Part> parts, int start, int end) {
            String content = lines.join(start, end);
            int count = counter.count(content);
            if (count <= maxTokens || start == end) {
                parts.add(new Part(start, end, content, count));
                return;
            }
            int middle = lines.lastNonBlank(start, start + (end - start) / 2);
            addCounted(parts, start, middle);
            addCounted(parts, lines.firstNonBlank(middle + 1, end), end);
        }

        private int tokens(int line) {
            int slot = line - from;
            if (lineTokens[slot] < 0) {
                String text = lines.line(line);
                lineTokens[slot] = text.isEmpty() ? 0 : byText.computeIfAbsent(text, counter::count);
            }
            return lineTokens[slot];
        }
    }

    private static int indent(String line) {
        int width = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                width++;
            } else if (c == '\t') {
                width += 4;
            } else {
                break;
            }
        }
        return width;
    }
}
