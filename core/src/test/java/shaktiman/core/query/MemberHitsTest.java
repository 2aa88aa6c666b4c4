package shaktiman.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.port.ChunkRecord;
import shaktiman.core.port.SymbolRecord;
import shaktiman.core.text.IdentifierAnalyzer;

/** Which members of a whole chunk a query's hit goes to ({@link MemberHits}). */
class MemberHitsTest {
    private static final String PATH = "src/Settable.java";
    private static final String CONTENT = String.join(
            "\n",
            "/** A future whose result can be set by a call. */",
            "class Settable {",
            "  boolean setFuture(Future f) {",
            "    return true;",
            "  }",
            "  String toString() {",
            "    return \"settable\";",
            "  }",
            "}");

    private final IdentifierAnalyzer analyzer = new IdentifierAnalyzer();
    private final MemberHits members = new MemberHits(analyzer);
    private final ChunkRecord chunk = new ChunkRecord(
            1, PATH, "java", 1, 9, ChunkKind.CLASS, "Settable", "Settable", "", 0, 0, CONTENT, 60, false);
    private final SymbolRecord setFuture = symbol(2, "setFuture", 3, 5);
    private final SymbolRecord toString = symbol(3, "toString", 6, 8);

    @Test
    void named_memberHoldingEveryMatchedTerm_takesTheHit() {
        List<SymbolRecord> named =
                members.named(chunk, List.of(setFuture, toString), terms("toString"), Set.copyOf(base("toString")));

        assertThat(named).containsExactly(toString);
    }

    @Test
    void named_membersTogetherHoldingEveryMatchedTerm_takeTheHit() {
        // Neither shows both "set" and "string", but the two hits together show all the chunk matched.
        List<SymbolRecord> named = members.named(
                chunk, List.of(setFuture, toString), terms("set toString"), Set.copyOf(base("set toString")));

        assertThat(named).containsExactly(setFuture, toString);
    }

    @Test
    void named_membersMissingTermsTheChunkMatched_leaveTheChunkWhole() {
        // "set" and "futur" name setFuture better than "Settable" does, but "whose" and "result" are only in the
        // class comment: setFuture's lines do not show them.
        List<SymbolRecord> named = members.named(
                chunk,
                List.of(setFuture, toString),
                terms("future whose result set"),
                Set.copyOf(base("future whose result set")));

        assertThat(named).isEmpty();
    }

    private Set<String> terms(String query) {
        return Set.copyOf(analyzer.queryTerms(query));
    }

    private List<String> base(String query) {
        return analyzer.queryBaseTerms(query);
    }

    private static SymbolRecord symbol(long id, String name, int start, int end) {
        return new SymbolRecord(
                id, 1, PATH, name, "Settable." + name, SymKind.METHOD, start, end, "()", Optional.empty(), false);
    }
}
