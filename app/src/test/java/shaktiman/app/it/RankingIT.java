package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import shaktiman.adapters.tokens.JtokkitTokenCounter;
import shaktiman.core.port.TokenCounter;

/**
 * Verifies ranking, merging and budgets through a real {@code bin/shaktimand} on the mcp-tools §6 fixture, on the
 * leader's stdio and through a proxy: F2, F4, F6, F13, S2 and S3's keyword half. One leader and proxy serve the class;
 * only the last test adds a file.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 240, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RankingIT {

    private static final TokenCounter TOKENS = new JtokkitTokenCounter();
    private static final String USER_SERVICE_JAVA = "java/src/main/java/com/example/UserService.java";

    /** MCP-27's why line; every number is printed with 2 decimals. */
    private static final Pattern WHY = Pattern.compile("    why: relevance (\\d\\.\\d\\d) = semantic n/a"
            + " \\+ lexical (\\d\\.\\d\\d)×(\\d\\.\\d\\d) \\[[^]]*]; context (\\d\\.\\d\\d) ="
            + " structural (\\d\\.\\d\\d)×(\\d\\.\\d\\d) \\+ change (\\d\\.\\d\\d)×(\\d\\.\\d\\d)"
            + " \\+ session (\\d\\.\\d\\d)×(\\d\\.\\d\\d); score (\\d\\.\\d\\d)×\\((\\d\\.\\d\\d)\\+(\\d\\.\\d\\d)"
            + "×(\\d\\.\\d\\d)\\) = (\\d\\.\\d\\d)");

    private static FixtureLeader fixture;

    @BeforeAll
    static void start() {
        fixture = FixtureLeader.start();
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private static List<String> firstSymbols(JsonNode result, int n) {
        List<String> names = new ArrayList<>();
        for (JsonNode hit : result.path("results")) {
            if (names.size() == n) {
                break;
            }
            names.add(hit.path("qualified_name").asText(hit.path("symbol").asText("")));
        }
        return names;
    }

    private static List<String> firstPaths(JsonNode result, int n) {
        List<String> paths = new ArrayList<>();
        for (JsonNode hit : result.path("results")) {
            if (paths.size() == n) {
                break;
            }
            paths.add(hit.path("file_path").asText());
        }
        return paths;
    }

    private static String key(JsonNode hit) {
        return hit.path("file_path").asText() + ":" + hit.path("start_line").asInt();
    }

    // F4. First, so that both sessions rank with an empty history, as an agent's first questions do.

    @ParameterizedTest
    @EnumSource(Route.class)
    @Order(1)
    void search_splitsIdentifiersInIndexAndQuery(Route route) {
        ToolCalls tools = fixture.tools(route);

        assertThat(firstSymbols(tools.structured("search", Map.of("query", "validate token")), 1))
                .containsExactly("validateToken");
        assertThat(firstSymbols(tools.structured("search", Map.of("query", "password hashing")), 2))
                .contains("hashPassword");
        assertThat(firstPaths(tools.structured("search", Map.of("query", "login")), 3))
                .contains("ts/src/auth/login.ts");
        assertThat(firstPaths(tools.structured("search", Map.of("query", "session store")), 3))
                .contains("ts/src/auth/session-store.ts");
        assertThat(firstSymbols(tools.structured("search", Map.of("query", "create user")), 3))
                .anySatisfy(name -> assertThat(name).endsWith("create_user"));
        assertThat(firstPaths(tools.structured("search", Map.of("query", "user repository")), 2))
                .contains("java/src/main/java/com/example/UserRepository.java");
    }

    // F2

    @ParameterizedTest
    @EnumSource(Route.class)
    void context_neverExceedsItsBudgetAndReportsTheExactCount(Route route) {
        ToolCalls tools = fixture.tools(route);

        for (int budget : List.of(256, 300, 512, 1024, 4096)) {
            for (String query : List.of("user", "token", "password hashing", "build report")) {
                JsonNode result = tools.call("context", Map.of("query", query, "budget_tokens", budget));
                int counted = TOKENS.count(ToolCalls.text(result));
                int used = result.path("structuredContent").path("used_tokens").asInt();

                assertThat(counted).as("cl100k of %s at %d", query, budget).isLessThanOrEqualTo(budget);
                assertThat(used).as("used_tokens of %s at %d", query, budget).isCloseTo(counted, within(2));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void context_buildReportAt256_truncatesTheFunctionWithTheReadMarker(Route route) {
        JsonNode result = fixture.tools(route).call("context", Map.of("query", "build report", "budget_tokens", 256));
        JsonNode first = result.path("structuredContent").path("chunks").path(0);

        assertThat(first.path("symbol").asText()).isEqualTo("buildReport");
        assertThat(first.path("truncated").asBoolean()).isTrue();
        assertThat(first.path("content").asText())
                .containsPattern("… \\[truncated: \\d+ more lines; read ts/src/report/big\\.ts:\\d+-\\d+]$");
        assertThat(ToolCalls.text(result)).contains("… [truncated: ");
    }

    // F6

    @ParameterizedTest
    @EnumSource(Route.class)
    void sameNamedMembers_staySeparateHitsAndDefinitions(Route route) {
        ToolCalls tools = fixture.tools(route);

        List<JsonNode> toStrings = new ArrayList<>();
        tools.structured("search", Map.of("query", "toString", "min_score", 0))
                .path("results")
                .forEach(hit -> {
                    if (hit.path("file_path").asText().equals(USER_SERVICE_JAVA)) {
                        toStrings.add(hit);
                    }
                });
        JsonNode inits = tools.structured("symbols", Map.of("name", "__init__")).path("definitions");
        JsonNode finds = tools.structured("symbols", Map.of("name", "find")).path("definitions");

        assertThat(toStrings)
                .extracting(hit -> hit.path("qualified_name").asText())
                .containsExactlyInAnyOrder("UserService.toString", "UserService.Cache.toString");
        JsonNode a = toStrings.get(0);
        JsonNode b = toStrings.get(1);
        assertThat(a.path("end_line").asInt() < b.path("start_line").asInt()
                        || b.path("end_line").asInt() < a.path("start_line").asInt())
                .as("disjoint: %s and %s", a, b)
                .isTrue();
        assertThat(inits.findValuesAsText("qualified_name"))
                .containsExactly("UserService.__init__", "AdminService.__init__");
        assertThat(finds.findValuesAsText("signature")).containsExactly("(long id): User", "(String email): User");
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void search_buildReport_isOneHitSpanningTheWholeSplitFunction(Route route) {
        ToolCalls tools = fixture.tools(route);

        JsonNode hits = tools.structured("search", Map.of("query", "build report", "min_score", 0))
                .path("results");
        JsonNode definition = tools.structured("symbols", Map.of("name", "buildReport"))
                .path("definitions")
                .path(0);

        List<JsonNode> reports = new ArrayList<>();
        hits.forEach(hit -> {
            if ("buildReport".equals(hit.path("symbol").asText())) {
                reports.add(hit);
            }
        });
        assertThat(reports).hasSize(1);
        assertThat(reports.getFirst().path("start_line").asInt())
                .isEqualTo(definition.path("start_line").asInt());
        assertThat(reports.getFirst().path("end_line").asInt())
                .isEqualTo(definition.path("end_line").asInt());
        assertThat(reports.getFirst().path("tokens").asInt()).isGreaterThan(2_000);
    }

    // F13

    @ParameterizedTest
    @EnumSource(Route.class)
    void minScore_filtersByRelevanceAndExplainSumsToTheScore(Route route) {
        ToolCalls tools = fixture.tools(route);

        for (String query : List.of("user", "validate token", "password hashing", "toString", "session store")) {
            JsonNode all = tools.structured(
                    "search", Map.of("query", query, "explain", true, "min_score", 0, "max_results", 200));
            JsonNode high = tools.structured(
                    "search", Map.of("query", query, "explain", true, "min_score", 0.5, "max_results", 200));
            Map<String, JsonNode> allByKey = new HashMap<>();
            all.path("results").forEach(hit -> allByKey.put(key(hit), hit));

            for (JsonNode hit : all.path("results")) {
                JsonNode explain = hit.path("explain");
                double sum = 0;
                for (JsonNode signal : explain.path("signals")) {
                    sum += signal.path("contribution").asDouble();
                }
                assertThat(sum)
                        .as("%s: %s", query, hit)
                        .isCloseTo(hit.path("score").asDouble(), within(1.0001e-4));
                assertThat(hit.path("score").asDouble())
                        .as("%s: %s", query, hit)
                        .isLessThanOrEqualTo(explain.path("relevance").asDouble());
            }
            assertThat(allByKey.keySet()).as(query).containsAll(keys(high.path("results")));
            high.path("results")
                    .forEach(hit -> assertThat(hit.path("explain")
                                    .path("signals")
                                    .path("lexical")
                                    .path("value")
                                    .asDouble())
                            .as("%s: %s", query, hit)
                            .isGreaterThanOrEqualTo(0.5));
            all.path("results").forEach(hit -> {
                if (hit.path("explain")
                                .path("signals")
                                .path("lexical")
                                .path("value")
                                .asDouble()
                        < 0.5) {
                    assertThat(keys(high.path("results"))).as(query).doesNotContain(key(hit));
                }
            });
        }
    }

    private static List<String> keys(JsonNode hits) {
        List<String> keys = new ArrayList<>();
        hits.forEach(hit -> keys.add(key(hit)));
        return keys;
    }

    // S3, keyword half (the hashing half is the semantic layer's)

    @ParameterizedTest
    @EnumSource(Route.class)
    void explain_givesFiveSignalsAndAWhyLineMatchingTheNumbers(Route route) {
        JsonNode result =
                fixture.tools(route).call("search", Map.of("query", "validate token", "explain", true, "min_score", 0));
        JsonNode hits = result.path("structuredContent").path("results");
        List<String> whys = ToolCalls.text(result)
                .lines()
                .filter(line -> line.startsWith("    why: "))
                .toList();

        assertThat(hits.size()).isPositive();
        assertThat(whys).hasSize(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            JsonNode explain = hits.get(i).path("explain");
            JsonNode signals = explain.path("signals");
            assertThat(names(signals))
                    .containsExactlyInAnyOrder("semantic", "lexical", "structural", "change", "session");
            signals.forEach(
                    signal -> assertThat(names(signal)).contains("available", "value", "weight", "contribution"));
            assertThat(signals.path("semantic").path("available").asBoolean()).isFalse();
            Matcher why = WHY.matcher(whys.get(i));
            assertThat(why.matches()).as(whys.get(i)).isTrue();
            double share = explain.path("context_share").asDouble();
            assertTwoDecimals(why.group(1), explain.path("relevance"));
            assertTwoDecimals(why.group(2), signals.path("lexical").path("value"));
            assertTwoDecimals(why.group(3), signals.path("lexical").path("weight"));
            assertTwoDecimals(why.group(4), explain.path("context"));
            assertTwoDecimals(why.group(5), signals.path("structural").path("value"));
            assertTwoDecimals(why.group(6), signals.path("structural").path("weight"));
            assertTwoDecimals(why.group(7), signals.path("change").path("value"));
            assertTwoDecimals(why.group(8), signals.path("change").path("weight"));
            assertTwoDecimals(why.group(9), signals.path("session").path("value"));
            assertTwoDecimals(why.group(10), signals.path("session").path("weight"));
            assertTwoDecimals(why.group(11), explain.path("relevance"));
            assertThat(Double.parseDouble(why.group(12))).isCloseTo(1 - share, within(0.005));
            assertThat(Double.parseDouble(why.group(13))).isCloseTo(share, within(0.005));
            assertTwoDecimals(why.group(14), explain.path("context"));
            assertTwoDecimals(why.group(15), hits.get(i).path("score"));
        }
    }

    private static List<String> names(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).toList();
    }

    /** The text's 2-decimal figure is the structured 4-decimal one, rounded (MCP-3). */
    private static void assertTwoDecimals(String text, JsonNode structured) {
        assertThat(Double.parseDouble(text)).isCloseTo(structured.asDouble(), within(0.0051));
    }

    // S2. Last: it adds gox/extra.go, which no other test expects.

    @ParameterizedTest
    @EnumSource(Route.class)
    @Order(Integer.MAX_VALUE)
    void search_pathFilter_matchesWholeSegmentsOnly(Route route) throws IOException {
        ToolCalls tools = fixture.tools(route);

        JsonNode underGo = tools.structured("search", Map.of("query", "user", "path", "go/"));
        String partial = ToolCalls.text(tools.call("search", Map.of("query", "user", "path", "go/ser")));
        Path extra = fixture.daemons().root().resolve("gox/extra.go");
        if (!Files.exists(extra)) {
            Files.createDirectories(extra.getParent());
            Files.writeString(
                    extra,
                    "package gox\n\n// ExtraUser names one more user for the path filter test.\n"
                            + "func ExtraUser() string {\n\treturn \"user\"\n}\n",
                    StandardCharsets.UTF_8);
        }
        Await.value(
                Daemons.SHORT,
                () -> Optional.of(tools.structured("search", Map.of("query", "user", "path", "gox")))
                        .filter(found -> !found.path("results").isEmpty()),
                "gox/extra.go indexed");
        JsonNode go = tools.structured("search", Map.of("query", "user", "path", "go", "max_results", 200));

        assertThat(underGo.path("results").size()).isPositive();
        assertThat(underGo.path("results").findValuesAsText("file_path")).allMatch(path -> path.startsWith("go/"));
        assertThat(partial).isEqualTo("No results for \"user\".");
        assertThat(go.path("results").size()).isPositive();
        assertThat(go.path("results").findValuesAsText("file_path")).allMatch(path -> path.startsWith("go/"));
    }
}
