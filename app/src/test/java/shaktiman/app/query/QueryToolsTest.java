package shaktiman.app.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.adapters.tokens.JtokkitTokenCounter;
import shaktiman.core.port.IndexReader.TestScope;
import shaktiman.core.query.DependenciesRequest;
import shaktiman.core.query.DiffRequest;
import shaktiman.core.query.Direction;
import shaktiman.core.query.SymbolsRequest;
import shaktiman.core.tools.CircuitState;

/**
 * Verifies MCP-17's output limit for the tools whose text is their structured content, and MCP-47's result counts,
 * over the §6 fixture.
 */
@Timeout(120)
class QueryToolsTest {

    private static final JtokkitTokenCounter TOKENS = new JtokkitTokenCounter();

    @TempDir
    static Path project;

    private static FixtureIndex fixture;

    @BeforeAll
    static void index() {
        fixture = FixtureIndex.indexed(project);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static DependenciesRequest everythingAroundMain() {
        return new DependenciesRequest("main", Direction.BOTH, 5, "", Set.of(), TestScope.ALL, 1_000);
    }

    @Test
    void dependencies_withinTheLimit_areWholeAndCountResultsPlusExternals() {
        ToolAnswer answer = fixture.tools().dependencies(everythingAroundMain(), () -> false);

        assertThat(answer.structured().get("truncated").booleanValue()).isFalse();
        assertThat(answer.resultCount())
                .isEqualTo(answer.structured().get("results").size()
                        + answer.structured().get("external").size())
                .isGreaterThan(3);
    }

    @Test
    void dependencies_overTheLimit_dropTrailingResultsWholeAndSayTruncated() {
        ToolAnswer whole = fixture.tools().dependencies(everythingAroundMain(), () -> false);
        int limit = TOKENS.count(whole.text()) / 2;

        ToolAnswer cut = fixture.tools(limit).dependencies(everythingAroundMain(), () -> false);

        assertThat(TOKENS.count(cut.text())).isLessThanOrEqualTo(limit);
        assertThat(cut.structured().get("truncated").booleanValue()).isTrue();
        assertThat(cut.resultCount()).isPositive().isLessThan(whole.resultCount());
        assertThat(whole.structured().get("results").toString())
                .startsWith(cut.structured().get("results").toString().replaceAll("]$", ""));
    }

    @Test
    void symbols_overTheLimit_keepAsManyDefinitionsAsFit() {
        SymbolsRequest find = new SymbolsRequest("UserService.find", Optional.empty(), "", TestScope.IMPL, 50);
        ToolAnswer whole = fixture.tools().symbols(find, () -> false);
        int limit = TOKENS.count(whole.text()) - 1;

        ToolAnswer cut = fixture.tools(limit).symbols(find, () -> false);

        assertThat(whole.resultCount()).isEqualTo(2);
        assertThat(cut.resultCount()).isEqualTo(1);
        assertThat(cut.structured().get("truncated").booleanValue()).isTrue();
        assertThat(TOKENS.count(cut.text())).isLessThanOrEqualTo(limit);
    }

    @Test
    void diff_onAFreshIndex_hasNoChangesAndCountsNone() {
        ToolAnswer answer = fixture.tools(10).diff(new DiffRequest("24h", 50, "", TestScope.IMPL), () -> false);

        assertThat(answer.structured().get("changes").isEmpty()).isTrue();
        assertThat(answer.structured().get("truncated").booleanValue()).isFalse();
        assertThat(answer.resultCount()).isZero();
    }

    @Test
    void enrichmentStatus_withEmbeddingsOff_isTheDisabledShapeAsCompactJson() {
        ToolAnswer answer = QueryTools.enrichmentStatus(EnrichmentStatus.embeddingsOff(63, 2, Optional.empty()));

        assertThat(answer.text())
                .isEqualTo("{\"enabled\":false,\"total_chunks\":63,\"embedded_chunks\":0,\"embedding_pct\":0.0,"
                        + "\"pending_jobs\":0,\"in_flight\":0,\"stale_vectors\":0,\"stale_files\":2,"
                        + "\"circuit_state\":\"" + CircuitState.DISABLED.name().toLowerCase(java.util.Locale.ROOT)
                        + "\"}");
        assertThat(answer.resultCount()).isEqualTo(1);
    }
}
