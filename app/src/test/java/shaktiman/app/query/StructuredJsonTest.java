package shaktiman.app.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.port.ChangeRecord;
import shaktiman.core.query.ExternalDependency;
import shaktiman.core.query.FileChange;
import shaktiman.core.query.Hit;
import shaktiman.core.query.SearchResult;
import shaktiman.core.query.Strategy;
import shaktiman.core.tools.CircuitState;

/** Verifies MCP-3's mechanical rendering of typed results: snake_case keys, absent fields, lists, enums, rounding. */
class StructuredJsonTest {

    private static Hit hit(Optional<String> symbol, double score) {
        return new Hit(
                "ts/a.ts",
                3,
                9,
                symbol,
                symbol,
                ChunkKind.FUNCTION,
                score,
                12,
                false,
                List.of(),
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void of_record_namesKeysInSnakeCaseInDeclarationOrder() {
        String json = StructuredJson.compact(
                StructuredJson.of(new ExternalDependency("http.Get", EdgeKind.TYPE_REF, 2, "main")));

        assertThat(json).isEqualTo("{\"name\":\"http.Get\",\"edge_kind\":\"type_ref\",\"depth\":2,\"via\":\"main\"}");
    }

    @Test
    void of_absentOptionalsAndEmptyOptionalStrings_areLeftOut() {
        String json = StructuredJson.compact(StructuredJson.of(hit(Optional.of(""), 0.5)));

        assertThat(json).doesNotContain("symbol", "qualified_name", "content", "explain", "null");
    }

    @Test
    void of_emptyList_isAnEmptyArray() {
        SearchResult result =
                new SearchResult("q", Strategy.KEYWORD, Optional.empty(), Optional.empty(), 0, false, List.of());

        assertThat(StructuredJson.compact(StructuredJson.of(result)))
                .isEqualTo("{\"query\":\"q\",\"strategy\":\"keyword\",\"total_matches\":0,\"truncated\":false,"
                        + "\"results\":[]}");
    }

    @Test
    void of_fraction_isRoundedToFourDecimals() {
        assertThat(StructuredJson.of(hit(Optional.of("f"), 0.123456))
                        .get("score")
                        .doubleValue())
                .isEqualTo(0.1235);
    }

    @Test
    void of_nestedRecordsEnumsAndPresentOptionals_renderAsTheirWireForms() {
        FileChange change = new FileChange(
                "b.ts",
                Optional.of("a.ts"),
                ChangeRecord.Type.RENAME,
                0,
                0,
                "2026-05-01T08:00:00.000Z",
                List.of(new ChangeRecord.ChangedSymbol(
                        "f", "f", shaktiman.core.model.SymKind.FUNCTION, "signature_changed")));

        assertThat(StructuredJson.compact(StructuredJson.of(change)))
                .isEqualTo("{\"file_path\":\"b.ts\",\"old_path\":\"a.ts\",\"change_type\":\"rename\",\"lines_added\":0,"
                        + "\"lines_removed\":0,\"timestamp\":\"2026-05-01T08:00:00.000Z\",\"symbols\":[{\"name\":\"f\","
                        + "\"qualified_name\":\"f\",\"kind\":\"function\",\"change\":\"signature_changed\"}]}");
    }

    @Test
    void of_mapsAndUnderscoredEnums_keepTheirKeys() {
        record Holder(Map<String, Long> languages, CircuitState circuitState, double p50Ms) {}

        assertThat(StructuredJson.compact(StructuredJson.of(new Holder(Map.of("go", 4L), CircuitState.HALF_OPEN, 3.1))))
                .isEqualTo("{\"languages\":{\"go\":4},\"circuit_state\":\"half_open\",\"p50_ms\":3.1}");
    }
}
