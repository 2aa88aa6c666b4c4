package shaktiman.core.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.port.ChunkRecord;
import shaktiman.core.port.SymbolRecord;

/**
 * A ranked candidate: one chunk, every part of one split declaration occurrence (MCP-26 step 3), or one member symbol
 * of a whole container chunk ({@link MemberHits}), with its exact breakdown and its score at 4 decimals.
 *
 * @param parts the chunks in line order
 * @param member the member symbol shown, when the unit is one member of its single chunk: it then gives the unit's
 *     lines, names, kind and content
 * @param matchedTerms the query terms present in what the unit shows, in query order
 */
record Unit(
        List<ChunkRecord> parts,
        Optional<SymbolRecord> member,
        List<String> matchedTerms,
        Explain exact,
        double score) {
    Unit {
        parts = List.copyOf(parts);
        Objects.requireNonNull(member, "member");
        matchedTerms = List.copyOf(matchedTerms);
        Objects.requireNonNull(exact, "exact");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a unit has at least one chunk");
        }
        if (member.isPresent() && parts.size() != 1) {
            throw new IllegalArgumentException("a member unit has exactly one chunk, had " + parts.size() + " for "
                    + member.get().qualifiedName());
        }
    }

    ChunkRecord first() {
        return parts.getFirst();
    }

    String path() {
        return first().filePath();
    }

    int startLine() {
        return member.map(SymbolRecord::startLine)
                .orElseGet(() ->
                        parts.stream().mapToInt(ChunkRecord::startLine).min().orElseThrow());
    }

    int endLine() {
        return member.map(SymbolRecord::endLine)
                .orElseGet(() ->
                        parts.stream().mapToInt(ChunkRecord::endLine).max().orElseThrow());
    }

    ChunkKind kind() {
        return member.map(MemberHits::kind).orElseGet(() -> first().kind());
    }

    boolean isTest() {
        return first().isTest();
    }

    Optional<String> symbol() {
        return member.map(SymbolRecord::name).or(() -> nonEmpty(first().symbolName()));
    }

    Optional<String> qualifiedName() {
        return member.map(SymbolRecord::qualifiedName).or(() -> nonEmpty(first().qualifiedName()));
    }

    /** A member's lines of its chunk; else every part's content in order, joined by line breaks. */
    String content() {
        if (member.isPresent()) {
            return MemberHits.content(first(), member.get());
        }
        return parts.size() == 1
                ? first().content()
                : parts.stream().map(ChunkRecord::content).collect(Collectors.joining("\n"));
    }

    /** The stored MCP-1 count of {@link #content()} when the unit shows one whole chunk; empty when it must be counted. */
    OptionalInt storedTokens() {
        return parts.size() == 1 && member.isEmpty() ? OptionalInt.of(first().tokenCount()) : OptionalInt.empty();
    }

    SessionHistory.Key key() {
        return SessionHistory.Key.of(path(), qualifiedName().orElse(""), startLine());
    }

    static Optional<String> nonEmpty(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
