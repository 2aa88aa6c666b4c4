package shaktiman.core.index.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import shaktiman.core.text.IdentifierAnalyzer;

/** Verifies the full-text columns of a chunk (IX-38) and the simple comment extraction behind {@code doc}. */
class FtsColumnsTest {
    private final IdentifierAnalyzer analyzer = new IdentifierAnalyzer();

    @Test
    void commentText_keepsOnlyCommentLines() {
        String content =
                "/** Checks tokens. */\nint x; // trailing\n  # hash\n  * star\n-- sql\n\"\"\"doc\"\"\"\ncode()";

        String comments = FtsColumns.commentText(content);

        assertThat(comments.lines())
                .containsExactly("/** Checks tokens. */", "# hash", "* star", "-- sql", "\"\"\"doc\"\"\"");
    }

    @Test
    void analyze_eachColumn_holdsTheAnalyzerTermsJoinedBySpaces() {
        FtsColumns columns = FtsColumns.analyze(
                analyzer, Arrays.asList("validateToken", null, "Auth.validateToken"), "src/auth.ts", "// HTTP\nx()");

        assertThat(columns.symbol().split(" "))
                .containsExactlyElementsOf(analyzer.indexTerms("validateToken\nAuth.validateToken"));
        assertThat(columns.path()).isEqualTo(analyzer.indexText("src/auth.ts"));
        assertThat(columns.doc()).isEqualTo("http");
        assertThat(List.of(columns.content().split(" "))).contains("http");
    }
}
