package shaktiman.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import shaktiman.core.model.ChunkKind;

/** Verifies MCP-27's text of search results byte for byte. */
class SearchTextTest {

    private static Hit hit(String path, int start, int end, String name, ChunkKind kind, double score, int tokens) {
        return new Hit(
                path,
                start,
                end,
                Optional.ofNullable(name),
                Optional.ofNullable(name),
                kind,
                score,
                tokens,
                false,
                List.of("valid", "token"),
                Optional.of("line one\nline two"),
                Optional.empty());
    }

    private static SearchResult result(int total, List<Hit> hits) {
        return new SearchResult(
                "validate token", Strategy.KEYWORD, Optional.empty(), Optional.empty(), total, false, hits);
    }

    @Test
    void render_cutByMaxResults_matchesTheSpecsExample() {
        SearchResult result = result(
                5,
                List.of(
                        hit("ts/src/auth/login.ts", 14, 27, "validateToken", ChunkKind.FUNCTION, 0.7613, 96),
                        hit("ts/src/auth/refresh.ts", 3, 11, "refreshToken", ChunkKind.FUNCTION, 0.52, 58)));

        String text = SearchText.render(result, SearchMode.LOCATE, 0);

        assertThat(text)
                .isEqualTo("2 of 5 results for \"validate token\" (keyword):\n"
                        + "ts/src/auth/login.ts:14-27  validateToken (function)  score:0.76  ~96 tokens\n"
                        + "ts/src/auth/refresh.ts:3-11  refreshToken (function)  score:0.52  ~58 tokens");
    }

    @Test
    void render_ofAHitWithoutSymbol_showsOnlyTheKind() {
        SearchResult result = result(1, List.of(hit("a.ts", 1, 2, null, ChunkKind.HEADER, 0.5, 7)));

        String text = SearchText.render(result, SearchMode.LOCATE, 0);

        assertThat(text)
                .isEqualTo("1 results for \"validate token\" (keyword):\na.ts:1-2  (header)  score:0.50  ~7 tokens");
    }

    @Test
    void render_fullMode_writesBlocksWithABlankLineAfterEach() {
        SearchResult result = result(1, List.of(hit("a.ts", 1, 2, "f", ChunkKind.FUNCTION, 0.5, 7)));

        String text = SearchText.render(result, SearchMode.FULL, 0);

        assertThat(text)
                .isEqualTo("1 results for \"validate token\" (keyword):\n--- a.ts:1-2 (f, function) score:0.50 ---\n"
                        + "line one\nline two\n");
    }

    @Test
    void render_withWarningNoticeAndOmission_putsThemLastInThatOrder() {
        SearchResult result = new SearchResult(
                "q",
                Strategy.KEYWORD,
                Optional.of("indexing in progress: 1 of 2 files"),
                Optional.of("Semantic search unavailable: down; keyword results only."),
                3,
                true,
                List.of(hit("a.ts", 1, 2, "f", ChunkKind.FUNCTION, 0.5, 7)));

        String text = SearchText.render(result, SearchMode.LOCATE, 2);

        assertThat(text.lines().toList())
                .endsWith(
                        "Semantic search unavailable: down; keyword results only.",
                        "indexing in progress: 1 of 2 files",
                        "… 2 more results omitted (output limit); narrow the query");
    }

    @Test
    void noResults_withAReason_isOneLine() {
        String text = SearchText.noResults(
                "qwzx", Optional.of("The query has no searchable terms."), Optional.empty(), Optional.empty());

        assertThat(text).isEqualTo("No results for \"qwzx\". The query has no searchable terms.");
    }

    @Test
    void noResults_withTheNoticeAsReason_doesNotRepeatIt() {
        Optional<String> notice = Optional.of("indexing in progress: 1 of 2 files");

        String text = SearchText.noResults("q", notice, Optional.empty(), notice);

        assertThat(text).isEqualTo("No results for \"q\". indexing in progress: 1 of 2 files");
    }

    @Test
    void why_keywordOnly_printsSemanticAsNotAvailableAndMatchesTheNumbers() {
        Explain explain =
                Ranking.rounded(Ranking.combine(RankingWeights.DEFAULTS, OptionalDouble.empty(), 1, 0.5, 0, 0.67));

        String why = SearchText.why(explain, List.of("valid", "token"), explain.score());

        assertThat(why)
                .isEqualTo("    why: relevance 1.00 = semantic n/a + lexical 1.00×1.00 [valid token]; context 0.40 ="
                        + " structural 0.50×0.40 + change 0.00×0.30 + session 0.67×0.30; score 1.00×(0.70+0.30×0.40)"
                        + " = 0.82");
    }
}
