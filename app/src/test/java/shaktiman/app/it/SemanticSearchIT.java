package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Verifies hybrid search with the {@code hashing} embedder through a real {@code bin/shaktimand} on the mcp-tools §6
 * fixture (F3 with embeddings on, S3, S4): every chunk gets a vector, the semantic signal is available and explained,
 * and a query is embedded once however often it is asked. One leader serves every test; they only read.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SemanticSearchIT {
    /** comparePassword's words, last to first: the same bag of terms, in another order (S4). */
    private static final String COMPARE_WORDS_REORDERED =
            "b a return string b string a comparePassword function export";

    private static Daemons daemons;
    private static DaemonProcess leader;
    private static ToolCalls tools;

    @BeforeAll
    static void startLeader() {
        daemons = Daemons.create(Fixture.MCP);
        leader = daemons.startLeader(hashing(daemons.daemon()).env("SHAKTIMAN_LOG_LEVEL", "debug"));
        Summaries.awaitReady(leader.mcp(), Daemons.LEADER_START);
        tools = new ToolCalls(leader.mcp());
        awaitEverythingEmbedded(tools);
    }

    @AfterAll
    static void stop() {
        if (daemons != null) {
            daemons.close(false);
        }
    }

    /** {@code launcher} with embeddings on through the hashing provider (IX-67's environment overrides). */
    static DaemonLauncher hashing(DaemonLauncher launcher) {
        return launcher.env("SHAKTIMAN_EMBEDDING_ENABLED", "true").env("SHAKTIMAN_EMBEDDING_PROVIDER", "hashing");
    }

    /** Waits until every chunk has a vector and nothing is queued or in flight; returns that enrichment_status. */
    static JsonNode awaitEverythingEmbedded(ToolCalls tools) {
        return Await.value(
                Daemons.SHORT,
                () -> Optional.of(tools.structured("enrichment_status", Map.of()))
                        .filter(status -> status.path("total_chunks").asLong() > 0
                                && status.path("embedded_chunks").asLong()
                                        == status.path("total_chunks").asLong()
                                && status.path("pending_jobs").asLong() == 0
                                && status.path("in_flight").asLong() == 0),
                "every chunk embedded (enrichment_status)");
    }

    private static long embeddingCalls() {
        return daemons.state().log().stream()
                .filter(record -> record.pid() == leader.pid() && "embedding call".equals(record.msg()))
                .count();
    }

    private static String twoDecimals(JsonNode number) {
        return BigDecimal.valueOf(number.asDouble())
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static String term(String name, JsonNode signal) {
        return signal.path("available").asBoolean()
                ? name + " " + twoDecimals(signal.path("value")) + "×" + twoDecimals(signal.path("weight"))
                : name + " n/a";
    }

    // E2's counterpart with embeddings on

    @Test
    void enrichmentStatusAndSummary_withHashing_reportEveryChunkEmbedded() {
        JsonNode status = tools.structured("enrichment_status", Map.of());
        JsonNode summary = tools.structured("summary", Map.of());

        assertThat(status.path("enabled").asBoolean()).isTrue();
        assertThat(status.path("provider").asText()).isEqualTo("hashing");
        assertThat(status.path("model").asText()).isEqualTo("hashing-1024");
        assertThat(status.path("circuit_state").asText()).isEqualTo("closed");
        assertThat(status.path("embedding_pct").asDouble()).isEqualTo(100.0);
        assertThat(status.path("stale_vectors").asLong()).isZero();
        assertThat(status.path("total_chunks").asLong())
                .isEqualTo(summary.path("chunks").asLong());
        assertThat(summary.path("embedding").path("enabled").asBoolean()).isTrue();
        assertThat(summary.path("embedding").path("coverage_pct").asDouble()).isEqualTo(100.0);
        assertThat(summary.path("embedding").path("circuit_state").asText()).isEqualTo("closed");
    }

    // F3 with the hashing embedder on and the default min_score

    @Test
    void searchAndContext_withNoMatch_stayEmptyWithEmbeddingsOn() {
        JsonNode search = tools.call("search", Map.of("query", "qwzx vbnm plokij", "scope", "all"));
        JsonNode context = tools.call("context", Map.of("query", "qwzx vbnm plokij", "scope", "all"));

        assertThat(ToolCalls.text(search)).startsWith("No results for \"qwzx vbnm plokij\".");
        assertThat(search.path("structuredContent").path("results").isEmpty()).isTrue();
        assertThat(search.path("structuredContent").path("strategy").asText()).isEqualTo("hybrid");
        assertThat(ToolCalls.text(context)).startsWith("No results for \"qwzx vbnm plokij\".");
        assertThat(context.path("structuredContent").path("chunks").isEmpty()).isTrue();
    }

    // S3

    @Test
    void search_withExplain_hasTheSemanticSignalAvailableAndWhyLinesMatchTheNumbers() {
        JsonNode result = tools.call("search", Map.of("query", "validate token", "explain", true, "min_score", 0));

        JsonNode structured = result.path("structuredContent");
        assertThat(structured.path("strategy").asText()).isEqualTo("hybrid");
        JsonNode hits = structured.path("results");
        assertThat(hits.size()).isPositive();
        List<String> whyLines = ToolCalls.text(result)
                .lines()
                .filter(line -> line.startsWith("    why: "))
                .toList();
        assertThat(whyLines).hasSize(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            JsonNode hit = hits.get(i);
            JsonNode explain = hit.path("explain");
            JsonNode signals = explain.path("signals");
            for (String name : List.of("semantic", "lexical", "structural", "change", "session")) {
                assertThat(signals.has(name)).as(name + " in " + hit).isTrue();
            }
            assertThat(signals.path("semantic").path("available").asBoolean())
                    .as(hit.toString())
                    .isTrue();
            List<String> matched = StreamSupport.stream(
                            hit.path("matched_terms").spliterator(), false)
                    .map(JsonNode::asText)
                    .toList();
            String lexical = term("lexical", signals.path("lexical"))
                    + (signals.path("lexical").path("available").asBoolean()
                            ? " [" + String.join(" ", matched) + "]"
                            : "");
            String relevance = twoDecimals(explain.path("relevance"));
            String context = twoDecimals(explain.path("context"));
            double beta = explain.path("context_share").asDouble();
            String expected = "    why: relevance " + relevance + " = " + term("semantic", signals.path("semantic"))
                    + " + " + lexical + "; context " + context + " = " + term("structural", signals.path("structural"))
                    + " + " + term("change", signals.path("change")) + " + "
                    + term("session", signals.path("session")) + "; score " + relevance + "×("
                    + BigDecimal.valueOf(1 - beta).setScale(2, RoundingMode.HALF_UP)
                    + "+" + BigDecimal.valueOf(beta).setScale(2, RoundingMode.HALF_UP) + "×" + context + ") = "
                    + twoDecimals(hit.path("score"));
            assertThat(whyLines.get(i)).isEqualTo(expected);
        }
    }

    // S4

    @Test
    void search_withComparePasswordsWordsReordered_ranksItFirstAndEmbedsTheQueryOnce() {
        long before = embeddingCalls();

        JsonNode first = tools.structured("search", Map.of("query", COMPARE_WORDS_REORDERED));
        JsonNode second = tools.structured("search", Map.of("query", COMPARE_WORDS_REORDERED));

        assertThat(first.path("strategy").asText()).isEqualTo("hybrid");
        assertThat(first.path("results").get(0).path("symbol").asText()).isEqualTo("comparePassword");
        assertThat(second.path("strategy").asText()).isEqualTo("hybrid");
        // The log appender writes synchronously, so both calls' records are in the file once they answered.
        assertThat(embeddingCalls() - before).isEqualTo(1);
    }

    @Test
    void search_withANewQuery_makesOneProviderCallPerDistinctQuery() {
        long before = embeddingCalls();

        tools.structured("search", Map.of("query", "session store put"));
        tools.structured("context", Map.of("query", "session store put"));
        tools.structured("search", Map.of("query", "list users handler"));

        assertThat(embeddingCalls() - before).isEqualTo(2);
    }
}
