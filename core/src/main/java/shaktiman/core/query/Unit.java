package shaktiman.core.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.port.ChunkRecord;

/**
 * A ranked candidate: one chunk, or every part of one split declaration occurrence (MCP-26 step 3), with its exact
 * breakdown and its score at 4 decimals.
 *
 * @param parts the chunks in line order
 * @param matchedTerms the query terms present in any part, in query order
 */
record Unit(List<ChunkRecord> parts, List<String> matchedTerms, Explain exact, double score) {
    Unit {
        parts = List.copyOf(parts);
        matchedTerms = List.copyOf(matchedTerms);
        Objects.requireNonNull(exact, "exact");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a unit has at least one chunk");
        }
    }

    ChunkRecord first() {
        return parts.getFirst();
    }

    String path() {
        return first().filePath();
    }

    int startLine() {
        return parts.stream().mapToInt(ChunkRecord::startLine).min().orElseThrow();
    }

    int endLine() {
        return parts.stream().mapToInt(ChunkRecord::endLine).max().orElseThrow();
    }

    ChunkKind kind() {
        return first().kind();
    }

    boolean isTest() {
        return first().isTest();
    }

    Optional<String> symbol() {
        return nonEmpty(first().symbolName());
    }

    Optional<String> qualifiedName() {
        return nonEmpty(first().qualifiedName());
    }

    /** Every part's content in order, joined by line breaks. */
    String content() {
        return parts.size() == 1
                ? first().content()
                : parts.stream().map(ChunkRecord::content).collect(Collectors.joining("\n"));
    }

    SessionHistory.Key key() {
        return SessionHistory.Key.of(path(), first().qualifiedName(), startLine());
    }

    static Optional<String> nonEmpty(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
