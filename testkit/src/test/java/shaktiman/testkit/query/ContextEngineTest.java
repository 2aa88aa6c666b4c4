package shaktiman.testkit.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shaktiman.core.port.IndexReader.TestScope;
import shaktiman.core.query.ContextChunk;
import shaktiman.core.query.ContextRequest;
import shaktiman.core.query.ContextResult;
import shaktiman.core.query.QueryEngine;
import shaktiman.core.query.SessionHistory;
import shaktiman.core.query.TextAnswer;

/** Verifies context (MCP-28…31) through the in-memory store holding the §6 fixture. */
class ContextEngineTest {
    private final EngineHarness harness = new EngineHarness();
    private final QueryEngine engine = harness.engine();

    @AfterEach
    void close() {
        harness.close();
    }

    private TextAnswer<ContextResult> context(String query, int budget) {
        return engine.context(
                new ContextRequest(query, budget, "", TestScope.IMPL), SessionHistory.none(), () -> false);
    }

    @Test
    void context_neverExceedsTheBudgetAndReportsTheCountItUsed() {
        for (int budget : new int[] {256, 300, 512, 1024, 4096}) {
            for (String query : List.of("user", "token", "password hashing", "build report")) {
                TextAnswer<ContextResult> answer = context(query, budget);

                int exact = harness.tokens.count(answer.text());
                assertThat(exact).as(query + " @ " + budget).isLessThanOrEqualTo(budget);
                assertThat(Math.abs(exact - answer.result().usedTokens()))
                        .as(query + " @ " + budget)
                        .isLessThanOrEqualTo(2);
                assertThat(answer.result().chunks()).as(query + " @ " + budget).isNotEmpty();
            }
        }
    }

    @Test
    void context_ofAnOversizedFirstChunk_truncatesItWithTheMarker() {
        ContextChunk first = context("build report", 256).result().chunks().getFirst();

        assertThat(first.qualifiedName()).contains("buildReport");
        assertThat(first.truncated()).isTrue();
        assertThat(first.content())
                .matches("(?s).*\\n… \\[truncated: \\d+ more lines; read ts/src/report/big\\.ts:\\d+-157]");
        assertThat(first.tokens())
                .isEqualTo(harness.tokens.count(
                        "--- ts/src/report/big.ts:1-157 (buildReport, function) ---\n" + first.content() + "\n\n"));
    }

    @Test
    void context_guard_expandsToTheCalleeWithVia() {
        List<ContextChunk> chunks = context("guard", 4096).result().chunks();

        assertThat(chunks).extracting(c -> c.qualifiedName().orElse("")).contains("authGuard", "validateToken");
        ContextChunk validate = chunks.stream()
                .filter(c -> c.qualifiedName().equals(Optional.of("validateToken")))
                .findFirst()
                .orElseThrow();
        assertThat(validate.via()).contains("called by authGuard");
    }

    @Test
    void context_neverKeepsTwoChunksOfOneFileOverlappingByMoreThanHalf() {
        for (String query : List.of("user", "guard", "toString", "store", "service")) {
            List<ContextChunk> chunks = context(query, 4096).result().chunks();
            for (int i = 0; i < chunks.size(); i++) {
                for (int j = i + 1; j < chunks.size(); j++) {
                    ContextChunk a = chunks.get(i);
                    ContextChunk b = chunks.get(j);
                    if (!a.filePath().equals(b.filePath())
                            || a.kind().wireName().equals("header")
                            || b.kind().wireName().equals("header")) {
                        continue;
                    }
                    int shared = Math.min(a.endLine(), b.endLine()) - Math.max(a.startLine(), b.startLine()) + 1;
                    int smaller = Math.min(a.endLine() - a.startLine(), b.endLine() - b.startLine()) + 1;
                    assertThat(2 * shared).as(query + ": " + a + " / " + b).isLessThanOrEqualTo(smaller);
                }
            }
        }
    }

    @Test
    void context_textHeaderCountsTheChunksAndTokens() {
        TextAnswer<ContextResult> answer = context("guard", 1024);

        assertThat(answer.text().lines().findFirst().orElseThrow())
                .isEqualTo("[context] " + answer.result().chunks().size() + " chunks, "
                        + answer.result().usedTokens() + " of 1024 tokens, strategy: keyword");
        assertThat(answer.text()).contains("\n\n--- ts/src/auth/middleware.ts:");
    }

    @Test
    void context_withNoMatch_isAnExplicitEmptyResult() {
        TextAnswer<ContextResult> answer = engine.context(
                new ContextRequest("qwzx vbnm plokij", 4096, "", TestScope.ALL), SessionHistory.none(), () -> false);

        assertThat(answer.text()).isEqualTo("No results for \"qwzx vbnm plokij\".");
        assertThat(answer.result().chunks()).isEmpty();
    }

    @Test
    void context_withNoMatchForAQueryTooLongToEcho_cutsTheQuoteToStayWithinTheBudget() {
        String query = "qwzx".repeat(2_500);

        TextAnswer<ContextResult> answer =
                engine.context(new ContextRequest(query, 256, "", TestScope.ALL), SessionHistory.none(), () -> false);

        assertThat(answer.text()).startsWith("No results for \"qwzxqwzx").contains("…\".");
        assertThat(harness.tokens.count(answer.text())).isLessThanOrEqualTo(256);
        assertThat(answer.result().usedTokens()).isEqualTo(harness.tokens.count(answer.text()));
        assertThat(answer.result().query()).isEqualTo(query);
    }

    @Test
    void context_recordsTheIncludedChunksInTheSession() {
        SessionHistory session = SessionHistory.create(harness.clock);

        ContextResult result = engine.context(
                        new ContextRequest("guard", 4096, "", TestScope.IMPL), session, () -> false)
                .result();

        assertThat(session.size()).isEqualTo(result.chunks().size());
    }
}
