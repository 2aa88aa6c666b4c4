package shaktiman.app.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import shaktiman.core.tools.ToolCatalog;
import shaktiman.core.tools.ToolDefaults;
import shaktiman.core.tools.ToolSpec;

/** Verifies the rendered input and output schemas: MCP-15's reference for search, the keyword subset, and P3. */
@Timeout(60)
class ToolSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<ToolSpec> TOOLS = ToolCatalog.all(ToolDefaults.STANDARD);

    /** MCP-15's keywords, read alike by draft-07 and 2020-12. */
    private static final Set<String> KEYWORDS = Set.of(
            "type",
            "properties",
            "required",
            "items",
            "enum",
            "minimum",
            "maximum",
            "minLength",
            "maxLength",
            "default",
            "description",
            "additionalProperties");

    /** The two drafts P3 names, with their meta-schema. */
    enum Draft {
        DRAFT_07(SpecificationVersion.DRAFT_7, "http://json-schema.org/draft-07/schema#"),
        DRAFT_2020_12(SpecificationVersion.DRAFT_2020_12, "https://json-schema.org/draft/2020-12/schema");

        final SchemaRegistry registry;
        final Schema meta;

        Draft(SpecificationVersion version, String metaSchema) {
            this.registry = SchemaRegistry.withDefaultDialect(version);
            this.meta = registry.getSchema(SchemaLocation.of(metaSchema));
        }

        List<Error> validate(JsonNode schema, JsonNode instance) {
            return registry.getSchema(schema).validate(instance);
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("bad JSON in the test: " + text, e);
        }
    }

    static Stream<Arguments> schemas() {
        List<Arguments> all = new ArrayList<>();
        for (ToolSpec tool : TOOLS) {
            for (Draft draft : Draft.values()) {
                all.add(Arguments.of(tool.name() + " input", InputSchemas.render(tool), draft));
                all.add(Arguments.of(tool.name() + " output", OutputSchemas.of(tool.name()), draft));
            }
        }
        return all.stream();
    }

    @Test
    void searchInputSchema_isMcp15sReferenceRendering_keyOrderIncluded() {
        String reference = "{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"query\"],"
                + "\"properties\":{"
                + "\"query\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":10000,"
                + "\"description\":\"What to look for: words, identifiers or a question\"},"
                + "\"mode\":{\"type\":\"string\",\"enum\":[\"locate\",\"full\"],\"default\":\"locate\"},"
                + "\"max_results\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":200,\"default\":10},"
                + "\"min_score\":{\"type\":\"number\",\"minimum\":0,\"maximum\":1,\"default\":0.15},"
                + "\"explain\":{\"type\":\"boolean\",\"default\":false},"
                + "\"path\":{\"type\":\"string\",\"description\":\"Only files at or under this project-relative path\"},"
                + "\"scope\":{\"type\":\"string\",\"enum\":[\"impl\",\"test\",\"all\"],\"default\":\"impl\"}}}";

        String rendered =
                InputSchemas.render(ToolCatalog.search(ToolDefaults.STANDARD)).toString();

        assertThat(rendered).isEqualTo(reference);
    }

    @Test
    void toolsWithoutParameters_haveAnEmptyClosedObject() {
        String expected = "{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{}}";

        assertThat(InputSchemas.render(ToolCatalog.summary()).toString()).isEqualTo(expected);
        assertThat(InputSchemas.render(ToolCatalog.enrichmentStatus()).toString())
                .isEqualTo(expected);
    }

    @Test
    void dependenciesInputSchema_rendersEnumArraysAndAliasFreeEnums() {
        ObjectNode properties =
                (ObjectNode) InputSchemas.render(ToolCatalog.dependencies()).path("properties");

        assertThat(properties.path("edge_kinds").toString())
                .isEqualTo(
                        "{\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"calls\",\"imports\","
                                + "\"inherits\",\"implements\",\"type_ref\"]},\"default\":[\"calls\",\"imports\",\"inherits\","
                                + "\"implements\",\"type_ref\"],\"description\":\"The kinds of edge to follow; all when absent\"}");
        assertThat(properties.path("direction").path("enum").toString())
                .isEqualTo("[\"callers\",\"callees\",\"both\"]");
    }

    @Test
    void inputSchemas_showTheConfiguredDefaults() {
        ToolDefaults configured = new ToolDefaults(25, 0.5, "full", 1_024);

        JsonNode search = InputSchemas.render(ToolCatalog.search(configured)).path("properties");
        JsonNode context = InputSchemas.render(ToolCatalog.context(configured)).path("properties");

        assertThat(search.path("max_results").path("default").asInt()).isEqualTo(25);
        assertThat(search.path("min_score").path("default").asDouble()).isEqualTo(0.5);
        assertThat(search.path("mode").path("default").asText()).isEqualTo("full");
        assertThat(context.path("budget_tokens").path("default").asInt()).isEqualTo(1_024);
    }

    @Test
    void everyInputSchema_isAClosedObject_andEveryOutputSchemaAnOpenOne() {
        for (ToolSpec tool : TOOLS) {
            ObjectNode input = InputSchemas.render(tool);
            ObjectNode output = OutputSchemas.of(tool.name());

            assertThat(input.path("type").asText()).as(tool.name()).isEqualTo("object");
            assertThat(input.path("additionalProperties").isBoolean())
                    .as(tool.name())
                    .isTrue();
            assertThat(input.path("additionalProperties").asBoolean())
                    .as(tool.name())
                    .isFalse();
            assertThat(output.path("type").asText()).as(tool.name()).isEqualTo("object");
            assertThat(output.has("additionalProperties")).as(tool.name()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0} under {2}")
    @MethodSource("schemas")
    void schema_isValidAgainstTheDraftsMetaSchema(String name, JsonNode schema, Draft draft) {
        assertThat(draft.meta.validate(schema)).as(name).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void schema_usesOnlyTheKeywordsBothDraftsReadAlike(String name, JsonNode schema, Draft draft) {
        assertThat(keywordsIn(schema)).as(name).isSubsetOf(KEYWORDS);
    }

    private static Set<String> keywordsIn(JsonNode schema) {
        Set<String> found = new java.util.TreeSet<>();
        collect(schema, found);
        return found;
    }

    private static void collect(JsonNode schema, Set<String> found) {
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            found.add(field.getKey());
            switch (field.getKey()) {
                case "properties" -> field.getValue().forEach(property -> collect(property, found));
                case "items" -> collect(field.getValue(), found);
                case "additionalProperties" -> {
                    if (field.getValue().isObject()) {
                        collect(field.getValue(), found);
                    }
                }
                default -> {}
            }
        }
    }

    /** The §2 examples, completed where the spec elides, each with its tool. */
    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of(
                        "search",
                        "{\"query\":\"validate token\",\"strategy\":\"keyword\",\"total_matches\":5,\"truncated\":false,"
                                + "\"results\":[{\"file_path\":\"ts/src/auth/login.ts\",\"start_line\":14,"
                                + "\"end_line\":27,\"symbol\":\"validateToken\",\"qualified_name\":\"validateToken\","
                                + "\"kind\":\"function\",\"score\":0.76,\"tokens\":96,\"is_test\":false,"
                                + "\"matched_terms\":[\"valid\",\"token\"],\"explain\":{\"relevance\":1,\"context\":0,"
                                + "\"context_share\":0.3,\"signals\":{"
                                + "\"semantic\":{\"available\":false,\"value\":0,\"weight\":0,\"contribution\":0},"
                                + "\"lexical\":{\"available\":true,\"value\":1,\"weight\":1,\"contribution\":0.7},"
                                + "\"structural\":{\"available\":true,\"value\":0,\"weight\":0.4,\"contribution\":0},"
                                + "\"change\":{\"available\":true,\"value\":0,\"weight\":0.3,\"contribution\":0},"
                                + "\"session\":{\"available\":true,\"value\":0,\"weight\":0.3,\"contribution\":0}}}},"
                                + "{\"file_path\":\"ts/src/report/big.ts\",\"start_line\":1,\"end_line\":3,"
                                + "\"kind\":\"header\",\"score\":0.2,\"tokens\":12,\"is_test\":false,"
                                + "\"matched_terms\":[],\"content\":\"import x\"}]}"),
                Arguments.of(
                        "context",
                        "{\"query\":\"guard\",\"strategy\":\"keyword\",\"budget_tokens\":1024,\"used_tokens\":231,"
                                + "\"chunks\":[{\"file_path\":\"ts/src/auth/middleware.ts\",\"start_line\":4,"
                                + "\"end_line\":12,\"symbol\":\"authGuard\",\"qualified_name\":\"authGuard\","
                                + "\"kind\":\"function\",\"score\":0.7,\"tokens\":80,\"truncated\":false,"
                                + "\"content\":\"export function authGuard\"},{\"file_path\":\"ts/src/auth/login.ts\","
                                + "\"start_line\":14,\"end_line\":27,\"kind\":\"block\",\"score\":0.35,\"tokens\":60,"
                                + "\"truncated\":true,\"via\":\"called by authGuard\",\"content\":\"x\"}]}"),
                Arguments.of(
                        "symbols",
                        "{\"name\":\"find\",\"definitions\":[{\"file_path\":\"java/src/main/java/com/example/"
                                + "UserService.java\",\"start_line\":21,\"end_line\":23,\"name\":\"find\","
                                + "\"qualified_name\":\"UserService.find\",\"kind\":\"method\",\"signature\":"
                                + "\"(long id): User\",\"visibility\":\"public\",\"is_test\":false}],"
                                + "\"referenced_by\":[],\"truncated\":false}"),
                Arguments.of(
                        "symbols",
                        "{\"name\":\"createHmac\",\"definitions\":[],\"referenced_by\":[{\"file_path\":"
                                + "\"ts/src/auth/login.ts\",\"start_line\":1,\"end_line\":1,\"symbol\":"
                                + "\"ts/src/auth/login.ts\",\"kind\":\"file\",\"edge_kind\":\"imports\",\"target\":"
                                + "\"createHmac\"}],\"truncated\":false,\"note\":\"external\"}"),
                Arguments.of(
                        "dependencies",
                        "{\"symbol\":\"NewServer\",\"roots\":[{\"file_path\":\"go/server.go\",\"start_line\":9,"
                                + "\"end_line\":11,\"name\":\"NewServer\",\"qualified_name\":\"NewServer\",\"kind\":"
                                + "\"function\",\"is_test\":false}],\"results\":[{\"file_path\":\"go/main.go\","
                                + "\"start_line\":3,\"end_line\":10,\"name\":\"main\",\"qualified_name\":\"main\","
                                + "\"kind\":\"function\",\"is_test\":false,\"direction\":\"callers\",\"depth\":1,"
                                + "\"edge_kind\":\"calls\",\"via\":\"NewServer\"}],\"external\":[],\"truncated\":false}"),
                Arguments.of(
                        "diff",
                        "{\"since\":\"24h\",\"window_start\":\"2026-05-01T08:00:00.000Z\",\"changes\":[{\"file_path\":"
                                + "\"ts/src/utils/hash.ts\",\"change_type\":\"modify\",\"lines_added\":1,"
                                + "\"lines_removed\":1,\"timestamp\":\"2026-05-02T07:41:12.337Z\",\"symbols\":[{"
                                + "\"name\":\"hashPassword\",\"qualified_name\":\"hashPassword\",\"kind\":\"function\","
                                + "\"change\":\"modified\"}]}],\"truncated\":false}"),
                Arguments.of(
                        "summary",
                        "{\"project_root\":\"/home/dev/shop\",\"index_state\":\"ready\",\"files\":18,\"test_files\":4,"
                                + "\"chunks\":63,\"symbols\":60,\"edges\":41,\"languages\":{\"typescript\":7,"
                                + "\"java\":5,\"go\":4,\"python\":2},\"parse_errors\":0,\"stale_files\":0,"
                                + "\"embedding\":{\"enabled\":false,\"coverage_pct\":0,\"circuit_state\":\"disabled\"},"
                                + "\"watcher\":\"running\",\"daemon\":{\"role\":\"leader\",\"pid\":4242,\"version\":"
                                + "\"0.1.0\",\"uptime_s\":93,\"sessions\":2},\"metrics\":{\"dropped\":0,\"daemon\":{"
                                + "\"search\":{\"calls\":12,\"errors\":0,\"cancelled\":0,\"p50_ms\":3.1,\"p95_ms\":9.4}},"
                                + "\"connection\":{}}}"),
                Arguments.of(
                        "enrichment_status",
                        "{\"enabled\":true,\"provider\":\"hashing\",\"model\":\"hashing-1024\",\"total_chunks\":63,"
                                + "\"embedded_chunks\":60,\"embedding_pct\":95.2,\"pending_jobs\":3,\"in_flight\":3,"
                                + "\"stale_vectors\":0,\"stale_files\":0,\"circuit_state\":\"closed\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void section2Example_validatesAgainstItsOutputSchema_underBothDrafts(String tool, String example) {
        for (Draft draft : Draft.values()) {
            assertThat(draft.validate(OutputSchemas.of(tool), json(example)))
                    .as(tool + " under " + draft)
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Draft.class)
    void outputSchema_rejectsANullListAndAMissingRequiredField(Draft draft) {
        JsonNode schema = OutputSchemas.of("dependencies");
        JsonNode nullList =
                json("{\"symbol\":\"x\",\"roots\":[],\"results\":null,\"external\":[],\"truncated\":false}");
        JsonNode missing = json("{\"symbol\":\"x\",\"roots\":[],\"results\":[],\"truncated\":false}");

        assertThat(draft.validate(schema, nullList)).isNotEmpty();
        assertThat(draft.validate(schema, missing)).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Draft.class)
    void metaSchema_rejectsAMalformedSchema(Draft draft) {
        assertThat(draft.meta.validate(json("{\"type\":\"objekt\",\"required\":\"query\"}")))
                .isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Draft.class)
    void summarysStructuredContent_validatesAgainstItsOutputSchema(Draft draft) throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            harness.request("1", "tools/call", "{\"name\":\"summary\"}");
            JsonNode structured = harness.next().path("result").path("structuredContent");

            assertThat(structured.isObject()).isTrue();
            assertThat(draft.validate(OutputSchemas.of("summary"), structured)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Draft.class)
    void outputSchema_leavesAdditionalPropertiesOpen(Draft draft) {
        JsonNode withExtra = json("{\"enabled\":false,\"total_chunks\":0,\"embedded_chunks\":0,\"embedding_pct\":0,"
                + "\"pending_jobs\":0,\"in_flight\":0,\"stale_vectors\":0,\"stale_files\":0,"
                + "\"circuit_state\":\"disabled\",\"later_field\":1}");

        assertThat(draft.validate(OutputSchemas.of("enrichment_status"), withExtra))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Draft.class)
    void inputSchema_rejectsWhatTheParserRejects(Draft draft) {
        JsonNode schema = InputSchemas.render(ToolCatalog.search(ToolDefaults.STANDARD));

        assertThat(draft.validate(schema, json("{\"query\":\"x\"}"))).isEmpty();
        assertThat(draft.validate(schema, json("{}"))).isNotEmpty();
        assertThat(draft.validate(schema, json("{\"query\":\"x\",\"max_result\":3}")))
                .isNotEmpty();
        assertThat(draft.validate(schema, json("{\"query\":\"x\",\"max_results\":0}")))
                .isNotEmpty();
        assertThat(draft.validate(schema, json("{\"query\":\"x\",\"scope\":\"unit\"}")))
                .isNotEmpty();
    }
}
