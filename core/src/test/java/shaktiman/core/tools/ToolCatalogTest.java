package shaktiman.core.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies the tool specifications of {@link ToolCatalog}: names, order, parameters and MCP-14's descriptions. */
class ToolCatalogTest {

    private static final List<ToolSpec> TOOLS = ToolCatalog.all(ToolDefaults.STANDARD);

    @Test
    void all_listsTheSevenToolsSortedByName() {
        assertThat(TOOLS)
                .extracting(ToolSpec::name)
                .containsExactly(
                        "context", "dependencies", "diff", "enrichment_status", "search", "summary", "symbols");
    }

    @Test
    void parameters_areInTheirSection2Order() {
        assertThat(ToolCatalog.search(ToolDefaults.STANDARD).parameterNames())
                .containsExactly("query", "mode", "max_results", "min_score", "explain", "path", "scope");
        assertThat(ToolCatalog.context(ToolDefaults.STANDARD).parameterNames())
                .containsExactly("query", "budget_tokens", "scope", "path");
        assertThat(ToolCatalog.symbols().parameterNames())
                .containsExactly("name", "kind", "path", "scope", "max_results");
        assertThat(ToolCatalog.dependencies().parameterNames())
                .containsExactly("symbol", "direction", "depth", "file", "edge_kinds", "scope", "max_results");
        assertThat(ToolCatalog.diff().parameterNames()).containsExactly("since", "limit", "path", "scope");
        assertThat(ToolCatalog.summary().parameters()).isEmpty();
        assertThat(ToolCatalog.enrichmentStatus().parameters()).isEmpty();
    }

    @Test
    void descriptions_fitMcp14sLimit_andNameTheDefaultScopeWhereThereIsOne() {
        for (ToolSpec tool : TOOLS) {
            assertThat(tool.description().length()).as(tool.name()).isBetween(1, 700);
            if (tool.parameterNames().contains("scope")) {
                assertThat(tool.description()).as(tool.name()).contains("scope \"impl\"");
            }
        }
    }

    @Test
    void descriptions_showTheConfiguredDefaults() {
        ToolDefaults configured = new ToolDefaults(25, 0.3, "full", 1_024);

        assertThat(ToolCatalog.search(configured).description())
                .contains("up to 25 hits", "at least 0.3 (min_score)", "default mode \"full\"");
        assertThat(ToolCatalog.context(configured).description()).contains("default 1024");
    }

    @Test
    void descriptions_neverMentionIndexingInProgress() {
        for (ToolSpec tool : TOOLS) {
            assertThat(tool.description()).as(tool.name()).doesNotContain("indexing", "in progress");
        }
    }

    @Test
    void toolSpec_withOverlongDescription_isRejected() {
        assertThatThrownBy(() -> new ToolSpec("x", "X", "d".repeat(701), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("description of x must have 1 to 700 characters");
    }

    @Test
    void toolSpec_withRepeatedParameter_isRejected() {
        ParameterSpec flag = ParameterSpec.optional("a", new ParameterType.Flag(Optional.empty()));

        assertThatThrownBy(() -> new ToolSpec("x", "X", "d", List.of(flag, flag)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameter a of x is listed twice");
    }

    @Test
    void requiredParameter_withDefault_isRejected() {
        ParameterType.Flag withDefault = new ParameterType.Flag(Optional.of(true));

        assertThatThrownBy(() -> ParameterSpec.required("a", withDefault, "d"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("required parameter a cannot have a default");
    }

    @Test
    void integerRange_withDefaultOutside_isRejected() {
        assertThatThrownBy(() -> new ParameterType.IntegerRange(1, 5, Optional.of(6L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("default 6 is outside 1..5");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 201})
    void toolDefaults_withMaxResultsOutsideItsRange_isRejectedNamingTheKey(int maxResults) {
        assertThatThrownBy(() -> new ToolDefaults(maxResults, 0.15, "locate", 4_096))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("search.max_results");
    }

    @Test
    void toolDefaults_withUnknownMode_isRejectedNamingTheKey() {
        assertThatThrownBy(() -> new ToolDefaults(10, 0.15, "brief", 4_096))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("search.default_mode");
    }
}
