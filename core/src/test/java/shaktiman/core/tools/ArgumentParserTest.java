package shaktiman.core.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.port.IndexReader.TestScope;

/** Verifies MCP-18's argument validation by {@link ArgumentParser}: every rule, leniency and exact message. */
class ArgumentParserTest {

    private static final Path ROOT = Path.of("/home/dev/shop");
    private static final ArgumentParser PARSER = new ArgumentParser(ROOT);
    private static final ToolDefaults DEFAULTS = ToolDefaults.STANDARD;
    private static final ToolSpec SEARCH = ToolCatalog.search(DEFAULTS);
    private static final ToolSpec CONTEXT = ToolCatalog.context(DEFAULTS);
    private static final ToolSpec SYMBOLS = ToolCatalog.symbols();
    private static final ToolSpec DEPENDENCIES = ToolCatalog.dependencies();
    private static final ToolSpec DIFF = ToolCatalog.diff();
    private static final ToolSpec SUMMARY = ToolCatalog.summary();

    /** Arguments in the given order, nulls allowed, as a JSON library hands them over. */
    private static Map<String, Object> args(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String message(ToolSpec spec, Map<String, ?> arguments) {
        ArgumentOutcome outcome = PARSER.parse(spec, arguments);
        assertThat(outcome).isInstanceOf(ArgumentOutcome.Invalid.class);
        return ((ArgumentOutcome.Invalid) outcome).message();
    }

    private static ParsedArguments valid(ToolSpec spec, Map<String, ?> arguments) {
        ArgumentOutcome outcome = PARSER.parse(spec, arguments);
        assertThat(outcome).isInstanceOf(ArgumentOutcome.Valid.class);
        return ((ArgumentOutcome.Valid) outcome).arguments();
    }

    // P6

    @Test
    void search_withoutQuery_failsAsMissingRequired() {
        assertThat(message(SEARCH, Map.of())).isEqualTo("missing required argument 'query' (string)");
    }

    @Test
    void search_withMaxResultsZero_failsWithTheIntegerRange() {
        assertThat(message(SEARCH, args("query", "x", "max_results", 0)))
                .isEqualTo("invalid argument 'max_results': must be an integer from 1 to 200; got 0");
    }

    @Test
    void search_withMisspelledArgument_failsListingTheAcceptedNames() {
        assertThat(message(SEARCH, args("query", "x", "max_result", 3)))
                .isEqualTo("unknown argument 'max_result'; accepted: query, mode, max_results, min_score, explain,"
                        + " path, scope");
    }

    @Test
    void search_withMaxResultsAsDigitString_isAccepted() {
        assertThat(valid(SEARCH, args("query", "x", "max_results", "5")).integer("max_results"))
                .isEqualTo(5);
    }

    // F14

    static Stream<Arguments> f14() {
        return Stream.of(
                Arguments.of(
                        SEARCH,
                        args("query", "x", "scope", "unit"),
                        "invalid argument 'scope': must be one of impl, test, all; got \"unit\""),
                Arguments.of(
                        SYMBOLS,
                        args("name", "find", "kind", "klass"),
                        "invalid argument 'kind': must be one of function, method, class, interface, type,"
                                + " variable, constant, namespace, file; got \"klass\""),
                Arguments.of(
                        DIFF, args("limit", 0), "invalid argument 'limit': must be an integer from 1 to 500; got 0"),
                Arguments.of(
                        DIFF,
                        args("since", "-1h"),
                        "invalid argument 'since': must be a duration from 1s to 720h, such as 90m, 1h30m or 7d;"
                                + " got \"-1h\""),
                Arguments.of(
                        SEARCH,
                        args("query", "x", "max_results", 5.9),
                        "invalid argument 'max_results': must be an integer from 1 to 200; got 5.9"),
                Arguments.of(
                        SEARCH,
                        args("query", 42),
                        "invalid argument 'query': must be a non-empty string of at most 10,000 characters;"
                                + " got 42"));
    }

    @ParameterizedTest
    @MethodSource("f14")
    void f14Argument_isReportedWithNameRuleAndValue(ToolSpec spec, Map<String, Object> arguments, String expected) {
        assertThat(message(spec, arguments)).isEqualTo(expected);
    }

    // P10

    @Test
    void search_withTenMebibyteQuery_failsNamingQueryAndTheLimit() {
        String huge = "a".repeat(10 * 1024 * 1024);

        String message = message(SEARCH, args("query", huge));

        assertThat(message)
                .isEqualTo("invalid argument 'query': must be a non-empty string of at most 10,000 characters; got \""
                        + "a".repeat(79) + "…");
    }

    @Test
    void query_ofExactlyTenThousandCodePoints_isAccepted() {
        String emoji = "😀".repeat(10_000);

        assertThat(valid(SEARCH, args("query", emoji)).text("query")).isEqualTo(emoji);
    }

    @Test
    void query_ofTenThousandAndOneCodePoints_isRejected() {
        assertThat(message(SEARCH, args("query", "b".repeat(10_001))))
                .startsWith("invalid argument 'query': must be a non-empty string of at most 10,000 characters; got");
    }

    // order of problems

    @Test
    void unknownArguments_areReportedInTheOrderReceived_beforeParameterProblems() {
        Map<String, Object> arguments = args("zeta", 1, "alpha", 2, "max_results", 0);

        assertThat(message(SEARCH, arguments)).startsWith("unknown argument 'zeta';");
    }

    @Test
    void parameterProblems_areReportedInParameterOrder_notReceivedOrder() {
        Map<String, Object> arguments = args("scope", "unit", "max_results", 0, "query", "x");

        assertThat(message(SEARCH, arguments)).startsWith("invalid argument 'max_results':");
    }

    @Test
    void missingRequired_comesBeforeLaterInvalidParameters() {
        assertThat(message(SYMBOLS, args("kind", "klass"))).isEqualTo("missing required argument 'name' (string)");
    }

    @Test
    void unknownArgument_withLineBreaksInItsName_isReportedOnOneLineWithJsonEscapes() {
        assertThat(message(SUMMARY, args("a\r\nb\u0000", 1)))
                .isEqualTo("unknown argument 'a\\r\\nb\\u0000'; accepted: (none)");
    }

    @Test
    void unknownArgument_withAHugeName_isCutAtEightyCodePoints() {
        String name = "🔑".repeat(100_000);

        assertThat(message(SUMMARY, args(name, 1)))
                .isEqualTo("unknown argument '" + "🔑".repeat(80) + "…'; accepted: (none)");
    }

    @Test
    void toolWithoutParameters_listsNoneAsAccepted() {
        assertThat(message(SUMMARY, args("x", 1))).isEqualTo("unknown argument 'x'; accepted: (none)");
    }

    // null means absent

    @Test
    void nullOptionalArgument_countsAsAbsent_andTheDefaultApplies() {
        ParsedArguments parsed = valid(SEARCH, args("query", "x", "max_results", null));

        assertThat(parsed.integer("max_results")).isEqualTo(10);
        assertThat(parsed.given("max_results")).isFalse();
    }

    @Test
    void nullRequiredArgument_isMissing() {
        assertThat(message(SEARCH, args("query", null))).isEqualTo("missing required argument 'query' (string)");
    }

    @Test
    void nullUnknownArgument_isIgnored() {
        assertThat(valid(SUMMARY, args("x", null)).spec().name()).isEqualTo("summary");
    }

    // defaults

    @Test
    void search_withOnlyQuery_appliesEveryDefault() {
        ParsedArguments parsed = valid(SEARCH, args("query", "  validate token  "));

        assertThat(parsed.text("query")).isEqualTo("validate token");
        assertThat(parsed.choice("mode")).isEqualTo("locate");
        assertThat(parsed.integer("max_results")).isEqualTo(10);
        assertThat(parsed.number("min_score")).isEqualTo(0.15);
        assertThat(parsed.flag("explain")).isFalse();
        assertThat(parsed.path("path")).isEmpty();
        assertThat(parsed.choice("scope", TestScope.class)).isEqualTo(TestScope.IMPL);
    }

    @Test
    void defaults_comeFromTheConfiguredValues() {
        ToolDefaults configured = new ToolDefaults(25, 0.3, "full", 1_024);

        ParsedArguments search = valid(ToolCatalog.search(configured), args("query", "x"));
        ParsedArguments context = valid(ToolCatalog.context(configured), args("query", "x"));

        assertThat(search.integer("max_results")).isEqualTo(25);
        assertThat(search.number("min_score")).isEqualTo(0.3);
        assertThat(search.choice("mode")).isEqualTo("full");
        assertThat(context.integer("budget_tokens")).isEqualTo(1_024);
    }

    @Test
    void dependencies_withOnlySymbol_appliesEveryDefault() {
        ParsedArguments parsed = valid(DEPENDENCIES, args("symbol", "login"));

        assertThat(parsed.choice("direction")).isEqualTo("both");
        assertThat(parsed.integer("depth")).isEqualTo(2);
        assertThat(parsed.path("file")).isEmpty();
        assertThat(parsed.choices("edge_kinds", EdgeKind.class)).isEqualTo(EnumSet.allOf(EdgeKind.class));
        assertThat(parsed.choice("scope")).isEqualTo("impl");
        assertThat(parsed.integer("max_results")).isEqualTo(200);
    }

    @Test
    void diff_withNoArguments_looksBackADay() {
        ParsedArguments parsed = valid(DIFF, Map.of());

        assertThat(parsed.text("since")).isEqualTo("24h");
        assertThat(parsed.duration("since")).isEqualTo(Duration.ofHours(24));
        assertThat(parsed.integer("limit")).isEqualTo(50);
    }

    @Test
    void symbolsAndDependencies_withANameOverAThousandCodePoints_areInvalid() {
        String name = "🔑".repeat(ToolCatalog.MAX_NAME_LENGTH + 1);

        assertThat(message(SYMBOLS, args("name", name)))
                .startsWith("invalid argument 'name': must be a non-empty string of at most 1,000 characters; got");
        assertThat(message(DEPENDENCIES, args("symbol", name)))
                .startsWith("invalid argument 'symbol': must be a non-empty string of at most 1,000 characters;");
        assertThat(valid(SYMBOLS, args("name", "🔑".repeat(ToolCatalog.MAX_NAME_LENGTH)))
                        .text("name"))
                .hasSize(2 * ToolCatalog.MAX_NAME_LENGTH);
    }

    @Test
    void symbols_withoutKind_hasNoKind_andFiftyResults() {
        ParsedArguments parsed = valid(SYMBOLS, args("name", "find"));

        assertThat(parsed.optionalChoice("kind", SymKind.class)).isEmpty();
        assertThat(parsed.integer("max_results")).isEqualTo(50);
    }

    @Test
    void symbols_withKind_mapsToTheSymKind() {
        assertThat(valid(SYMBOLS, args("name", "find", "kind", "method")).optionalChoice("kind", SymKind.class))
                .contains(SymKind.METHOD);
    }

    // integers

    static Stream<Arguments> acceptedIntegers() {
        return Stream.of(
                Arguments.of(5, 5),
                Arguments.of(5L, 5),
                Arguments.of(BigInteger.valueOf(7), 7),
                Arguments.of(5.0, 5),
                Arguments.of(new BigDecimal("5.000"), 5),
                Arguments.of(new BigDecimal("2E+1"), 20),
                Arguments.of("5", 5),
                Arguments.of(" 12 ", 12),
                Arguments.of("007", 7),
                Arguments.of(200, 200),
                Arguments.of(1, 1));
    }

    @ParameterizedTest
    @MethodSource("acceptedIntegers")
    void integerArgument_inAnAcceptedForm_isAccepted(Object given, int expected) {
        assertThat(valid(SEARCH, args("query", "x", "max_results", given)).integer("max_results"))
                .isEqualTo(expected);
    }

    static Stream<Arguments> rejectedIntegers() {
        return Stream.of(
                Arguments.of(5.9, "5.9"),
                Arguments.of(new BigDecimal("5.5"), "5.5"),
                Arguments.of(1e300, "1.0E300"),
                Arguments.of(Double.NaN, "NaN"),
                Arguments.of(Double.POSITIVE_INFINITY, "Infinity"),
                Arguments.of(new BigInteger("123456789012345678901234567890"), "123456789012345678901234567890"),
                Arguments.of(new BigDecimal("1E+1000000000"), "1E+1000000000"),
                Arguments.of(0, "0"),
                Arguments.of(201, "201"),
                Arguments.of(-1, "-1"),
                Arguments.of(Long.MIN_VALUE, Long.toString(Long.MIN_VALUE)),
                Arguments.of("5.0", "\"5.0\""),
                Arguments.of("-5", "\"-5\""),
                Arguments.of("+5", "\"+5\""),
                Arguments.of("five", "\"five\""),
                Arguments.of("", "\"\""),
                Arguments.of("9".repeat(200), "\"" + "9".repeat(79) + "…"),
                Arguments.of(true, "true"),
                Arguments.of(List.of(5), "[5]"),
                Arguments.of(Map.of("n", 5), "{\"n\":5}"));
    }

    @ParameterizedTest
    @MethodSource("rejectedIntegers")
    void integerArgument_inAnyOtherForm_isRejectedWithItsJson(Object given, String json) {
        assertThat(message(SEARCH, args("query", "x", "max_results", given)))
                .isEqualTo("invalid argument 'max_results': must be an integer from 1 to 200; got " + json);
    }

    @Test
    void integerRule_groupsThousands() {
        assertThat(message(DEPENDENCIES, args("symbol", "x", "max_results", 1_001)))
                .isEqualTo("invalid argument 'max_results': must be an integer from 1 to 1,000; got 1001");
        assertThat(message(CONTEXT, args("query", "x", "budget_tokens", 255)))
                .isEqualTo("invalid argument 'budget_tokens': must be an integer from 256 to 32,768; got 255");
    }

    // numbers

    static Stream<Arguments> acceptedNumbers() {
        return Stream.of(
                Arguments.of(0, 0.0),
                Arguments.of(1, 1.0),
                Arguments.of(1L, 1.0),
                Arguments.of(0.5, 0.5),
                Arguments.of(new BigDecimal("0.25"), 0.25),
                Arguments.of(BigInteger.ONE, 1.0),
                Arguments.of("0.5", 0.5),
                Arguments.of(" .5 ", 0.5),
                Arguments.of("5e-1", 0.5),
                Arguments.of("1", 1.0),
                Arguments.of("1.0", 1.0));
    }

    @ParameterizedTest
    @MethodSource("acceptedNumbers")
    void numberArgument_asNumberOrNumericString_isAccepted(Object given, double expected) {
        assertThat(valid(SEARCH, args("query", "x", "min_score", given)).number("min_score"))
                .isEqualTo(expected);
    }

    static Stream<Arguments> rejectedNumbers() {
        return Stream.of(
                Arguments.of(1.0001, "1.0001"),
                Arguments.of(-0.1, "-0.1"),
                Arguments.of(2, "2"),
                Arguments.of(1e300, "1.0E300"),
                Arguments.of(Double.NaN, "NaN"),
                Arguments.of("high", "\"high\""),
                Arguments.of("0.5.1", "\"0.5.1\""),
                Arguments.of("1e99999999999", "\"1e99999999999\""),
                Arguments.of("NaN", "\"NaN\""),
                Arguments.of(false, "false"));
    }

    @ParameterizedTest
    @MethodSource("rejectedNumbers")
    void numberArgument_outOfRangeOrNotNumeric_isRejected(Object given, String json) {
        assertThat(message(SEARCH, args("query", "x", "min_score", given)))
                .isEqualTo("invalid argument 'min_score': must be a number from 0 to 1; got " + json);
    }

    // booleans

    @ParameterizedTest
    @ValueSource(strings = {"true", " true "})
    void booleanArgument_asTrueString_isTrue(String given) {
        assertThat(valid(SEARCH, args("query", "x", "explain", given)).flag("explain"))
                .isTrue();
    }

    @Test
    void booleanArgument_asFalseStringOrBoolean_isAccepted() {
        assertThat(valid(SEARCH, args("query", "x", "explain", "false")).flag("explain"))
                .isFalse();
        assertThat(valid(SEARCH, args("query", "x", "explain", true)).flag("explain"))
                .isTrue();
    }

    static Stream<Arguments> rejectedBooleans() {
        return Stream.of(
                Arguments.of("yes", "\"yes\""),
                Arguments.of("True", "\"True\""),
                Arguments.of(1, "1"),
                Arguments.of(0, "0"));
    }

    @ParameterizedTest
    @MethodSource("rejectedBooleans")
    void booleanArgument_inAnyOtherForm_isRejected(Object given, String json) {
        assertThat(message(SEARCH, args("query", "x", "explain", given)))
                .isEqualTo("invalid argument 'explain': must be true or false; got " + json);
    }

    // text

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void emptyQueryNameOrSymbol_failsAsNonEmptyString(String blank) {
        String json = blank.isEmpty() ? "\"\"" : blank.equals("   ") ? "\"   \"" : "\"\\t\\n\"";

        assertThat(message(SEARCH, args("query", blank)))
                .isEqualTo("invalid argument 'query': must be a non-empty string; got " + json);
        assertThat(message(SYMBOLS, args("name", blank)))
                .isEqualTo("invalid argument 'name': must be a non-empty string; got " + json);
        assertThat(message(DEPENDENCIES, args("symbol", blank)))
                .isEqualTo("invalid argument 'symbol': must be a non-empty string; got " + json);
    }

    @Test
    void nameOfAnotherType_failsAsNonEmptyString() {
        assertThat(message(SYMBOLS, args("name", 3)))
                .isEqualTo("invalid argument 'name': must be a non-empty string of at most 1,000 characters; got 3");
    }

    @Test
    void textArguments_areTrimmed() {
        ParsedArguments parsed =
                valid(DEPENDENCIES, args("symbol", " UserService.find\n", "direction", " callers ", "file", " go/ "));

        assertThat(parsed.text("symbol")).isEqualTo("UserService.find");
        assertThat(parsed.choice("direction")).isEqualTo("callers");
        assertThat(parsed.path("file")).contains("go");
    }

    // enums

    @Test
    void direction_acceptsIncomingAndOutgoingAsAliases() {
        assertThat(valid(DEPENDENCIES, args("symbol", "x", "direction", "incoming"))
                        .choice("direction"))
                .isEqualTo("callers");
        assertThat(valid(DEPENDENCIES, args("symbol", "x", "direction", "outgoing"))
                        .choice("direction"))
                .isEqualTo("callees");
    }

    @Test
    void direction_otherValue_listsTheCanonicalValues() {
        assertThat(message(DEPENDENCIES, args("symbol", "x", "direction", "up")))
                .isEqualTo("invalid argument 'direction': must be one of callers, callees, both; got \"up\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"IMPL", "Impl", "unit"})
    void scope_isCaseSensitive(String scope) {
        assertThat(message(SEARCH, args("query", "x", "scope", scope)))
                .isEqualTo("invalid argument 'scope': must be one of impl, test, all; got \"" + scope + "\"");
    }

    @Test
    void mode_ofAnotherType_isRejected() {
        assertThat(message(SEARCH, args("query", "x", "mode", 1)))
                .isEqualTo("invalid argument 'mode': must be one of locate, full; got 1");
    }

    @Test
    void edgeKinds_areKeptWithoutRepeatsInListedOrder() {
        ParsedArguments parsed =
                valid(DEPENDENCIES, args("symbol", "x", "edge_kinds", List.of("implements", "calls", "calls")));

        assertThat(parsed.choices("edge_kinds")).containsExactly("calls", "implements");
        assertThat(parsed.choices("edge_kinds", EdgeKind.class)).containsExactly(EdgeKind.CALLS, EdgeKind.IMPLEMENTS);
    }

    static Stream<Arguments> rejectedEdgeKinds() {
        return Stream.of(
                Arguments.of(List.of(), "[]"),
                Arguments.of(List.of("calls", "extends"), "[\"calls\",\"extends\"]"),
                Arguments.of("calls", "\"calls\""),
                Arguments.of(Arrays.asList("calls", null), "[\"calls\",null]"),
                Arguments.of(List.of(1), "[1]"));
    }

    @ParameterizedTest
    @MethodSource("rejectedEdgeKinds")
    void edgeKinds_notANonEmptyArrayOfKinds_isRejected(Object given, String json) {
        assertThat(message(DEPENDENCIES, args("symbol", "x", "edge_kinds", given)))
                .isEqualTo("invalid argument 'edge_kinds': must be a non-empty array of calls, imports, inherits,"
                        + " implements, type_ref; got " + json);
    }

    // paths (MCP-24)

    static Stream<Arguments> acceptedPaths() {
        return Stream.of(
                Arguments.of("go/", "go"),
                Arguments.of("./go", "go"),
                Arguments.of("./src/api/", "src/api"),
                Arguments.of("src//api", "src/api"),
                Arguments.of("src/./api", "src/api"),
                Arguments.of("ts/src/auth/login.ts", "ts/src/auth/login.ts"),
                Arguments.of("/home/dev/shop/go/server.go", "go/server.go"),
                Arguments.of("/home/dev/shop/go/", "go"),
                Arguments.of("/home/dev/shop/./go", "go"),
                Arguments.of("..foo/bar", "..foo/bar"));
    }

    @ParameterizedTest
    @MethodSource("acceptedPaths")
    void pathArgument_isMadeProjectRelative(String given, String expected) {
        assertThat(valid(SEARCH, args("query", "x", "path", given)).path("path"))
                .contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "./", "/home/dev/shop", "/home/dev/shop/"})
    void pathArgument_namingTheWholeProject_filtersNothing(String given) {
        assertThat(valid(SEARCH, args("query", "x", "path", given)).path("path"))
                .isEmpty();
    }

    static Stream<Arguments> rejectedPaths() {
        return Stream.of(
                Arguments.of("../etc", "\"../etc\""),
                Arguments.of("go/../ts", "\"go/../ts\""),
                Arguments.of("..", "\"..\""),
                Arguments.of("/etc/passwd", "\"/etc/passwd\""),
                Arguments.of("/home/dev/shopping/x", "\"/home/dev/shopping/x\""),
                Arguments.of("/home/dev/shop/../other", "\"/home/dev/shop/../other\""),
                Arguments.of(7, "7"));
    }

    @ParameterizedTest
    @MethodSource("rejectedPaths")
    void pathArgument_outsideTheRootOrWithParentSegment_isRejected(Object given, String json) {
        assertThat(message(DIFF, args("path", given)))
                .isEqualTo("invalid argument 'path': must be a project-relative path inside the project, without"
                        + " '..'; got " + json);
    }

    @Test
    void fileArgument_followsThePathRules() {
        assertThat(message(DEPENDENCIES, args("symbol", "x", "file", "../py")))
                .startsWith("invalid argument 'file': must be a project-relative path");
    }

    // durations

    @Test
    void since_isKeptAsTextAndDuration() {
        ParsedArguments parsed = valid(DIFF, args("since", " 1h30m "));

        assertThat(parsed.text("since")).isEqualTo("1h30m");
        assertThat(parsed.duration("since")).isEqualTo(Duration.ofMinutes(90));
        assertThat(parsed.given("since")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "721h", "31d", "1h 30m", "h", "24", "1w", "", "1e3s"})
    void since_outsideTheSyntaxOrRange_isRejected(String since) {
        assertThat(message(DIFF, args("since", since))).startsWith("invalid argument 'since': must be a duration");
    }

    // value rendering

    @Test
    void value_withQuotesAndControls_isRenderedAsJson() {
        assertThat(message(SEARCH, args("query", "x", "scope", "a\"b\\c\u0001")))
                .endsWith("; got \"a\\\"b\\\\c\\u0001\"");
    }

    @Test
    void value_longerThanEightyCharacters_isCutWithAnEllipsis() {
        String scope = "s".repeat(100);

        assertThat(message(SEARCH, args("query", "x", "scope", scope))).endsWith("; got \"" + "s".repeat(79) + "…");
    }

    @Test
    void value_ofExactlyEightyCharacters_isShownWhole() {
        String scope = "s".repeat(78);

        assertThat(message(SEARCH, args("query", "x", "scope", scope))).endsWith("; got \"" + scope + "\"");
    }

    @Test
    void value_cut_neverSplitsASurrogatePair() {
        String scope = "😀".repeat(100);

        assertThat(message(SEARCH, args("query", "x", "scope", scope))).endsWith("; got \"" + "😀".repeat(79) + "…");
    }

    @Test
    void value_thatIsAnObject_keepsItsKeyOrder() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", 1);
        value.put("a", List.of(true, "x"));

        assertThat(message(SEARCH, args("query", "x", "scope", value))).endsWith("; got {\"b\":1,\"a\":[true,\"x\"]}");
    }

    // getter misuse

    @Test
    void getter_forAnUndeclaredName_failsNamingIt() {
        ParsedArguments parsed = valid(SEARCH, args("query", "x"));

        assertThatThrownBy(() -> parsed.integer("limit"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("search has no parameter limit");
    }

    @Test
    void getter_ofAnotherType_failsNamingBoth() {
        ParsedArguments parsed = valid(SEARCH, args("query", "x"));

        assertThatThrownBy(() -> parsed.integer("scope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scope of search is OneOf, not IntegerRange");
    }

    @Test
    void parse_acceptsAnyMapImplementation() {
        Map<String, Object> unordered = new HashMap<>(Map.of("query", "x"));

        assertThat(valid(SEARCH, unordered).text("query")).isEqualTo("x");
    }
}
