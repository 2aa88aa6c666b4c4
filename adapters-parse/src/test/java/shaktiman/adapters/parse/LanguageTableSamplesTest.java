package shaktiman.adapters.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import shaktiman.core.index.lang.LanguageRules;
import shaktiman.core.index.lang.LanguageRules.SymbolRule;
import shaktiman.core.index.lang.LanguageTable;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.syntax.SyntaxNode;
import shaktiman.core.model.syntax.SyntaxTree;
import shaktiman.core.port.ParseResult;

/**
 * Verifies that the IX-15 table's symbol rules, applied to real trees of each language's sample, reach the declared
 * names with the expected kinds; T-15 only proves the names exist, this proves the paths and conditions fit the trees.
 */
class LanguageTableSamplesTest {

    private static final LanguageTable TABLE = LanguageTable.builtIn();
    private static TreeSitterParser parser;

    @BeforeAll
    static void open() {
        parser = new TreeSitterParser();
    }

    @AfterAll
    static void close() {
        parser.close();
    }

    static Stream<Arguments> expectations() {
        return Stream.of(
                Arguments.of(
                        "typescript",
                        Map.of(
                                "Repository",
                                SymKind.INTERFACE,
                                "UserId",
                                SymKind.TYPE,
                                "Internal",
                                SymKind.NAMESPACE,
                                "UserService",
                                SymKind.CLASS,
                                "find",
                                SymKind.METHOD,
                                "validateToken",
                                SymKind.FUNCTION,
                                "login",
                                SymKind.FUNCTION,
                                "counter",
                                SymKind.VARIABLE,
                                "cache",
                                SymKind.VARIABLE)),
                Arguments.of(
                        "tsx", Map.of("Header", SymKind.FUNCTION, "Panel", SymKind.CLASS, "Props", SymKind.INTERFACE)),
                Arguments.of(
                        "javascript",
                        Map.of(
                                "Cache",
                                SymKind.CLASS,
                                "get",
                                SymKind.METHOD,
                                "load",
                                SymKind.FUNCTION,
                                "helper",
                                SymKind.FUNCTION,
                                "arrow",
                                SymKind.FUNCTION,
                                "path",
                                SymKind.VARIABLE)),
                Arguments.of(
                        "python",
                        Map.of(
                                "AdminService",
                                SymKind.CLASS,
                                "__init__",
                                SymKind.FUNCTION,
                                "validate",
                                SymKind.FUNCTION,
                                "outer",
                                SymKind.FUNCTION,
                                "inner",
                                SymKind.FUNCTION,
                                "MAX_USERS",
                                SymKind.VARIABLE)),
                Arguments.of(
                        "go",
                        Map.of(
                                "NewServer",
                                SymKind.FUNCTION,
                                "Listen",
                                SymKind.METHOD,
                                "Store",
                                SymKind.CLASS,
                                "Reader",
                                SymKind.INTERFACE,
                                "Alias",
                                SymKind.TYPE,
                                "Version",
                                SymKind.CONSTANT,
                                "count",
                                SymKind.VARIABLE,
                                "Read",
                                SymKind.METHOD)),
                Arguments.of(
                        "rust",
                        Map.of(
                                "Point",
                                SymKind.CLASS,
                                "Shape",
                                SymKind.TYPE,
                                "Area",
                                SymKind.INTERFACE,
                                "new",
                                SymKind.FUNCTION,
                                "internal",
                                SymKind.NAMESPACE,
                                "validate",
                                SymKind.FUNCTION,
                                "MAX",
                                SymKind.CONSTANT,
                                "square",
                                SymKind.FUNCTION,
                                "area",
                                SymKind.METHOD)),
                Arguments.of(
                        "java",
                        Map.of(
                                "UserService",
                                SymKind.METHOD,
                                "find",
                                SymKind.METHOD,
                                "Listener",
                                SymKind.INTERFACE,
                                "Mode",
                                SymKind.CLASS,
                                "Pair",
                                SymKind.CLASS,
                                "x",
                                SymKind.VARIABLE,
                                "y",
                                SymKind.VARIABLE,
                                "N",
                                SymKind.CONSTANT,
                                "ON",
                                SymKind.CONSTANT)),
                Arguments.of(
                        "ruby",
                        Map.of(
                                "Admin",
                                SymKind.NAMESPACE,
                                "UserService",
                                SymKind.CLASS,
                                "initialize",
                                SymKind.FUNCTION,
                                "build",
                                SymKind.METHOD,
                                "top_level",
                                SymKind.FUNCTION,
                                "LIMIT",
                                SymKind.CONSTANT)),
                Arguments.of(
                        "bash",
                        Map.of("deploy", SymKind.FUNCTION, "cleanup", SymKind.FUNCTION, "VERSION", SymKind.VARIABLE)),
                Arguments.of(
                        "c",
                        Map.of(
                                "helper",
                                SymKind.FUNCTION,
                                "make",
                                SymKind.FUNCTION,
                                "main",
                                SymKind.FUNCTION,
                                "point_t",
                                SymKind.TYPE,
                                "node",
                                SymKind.CLASS,
                                "color",
                                SymKind.TYPE,
                                "counter",
                                SymKind.VARIABLE,
                                "name",
                                SymKind.VARIABLE,
                                "MAX",
                                SymKind.CONSTANT)),
                Arguments.of(
                        "cpp",
                        Map.of(
                                "geo",
                                SymKind.NAMESPACE,
                                "Shape",
                                SymKind.CLASS,
                                "Circle",
                                SymKind.CLASS,
                                "max_of",
                                SymKind.FUNCTION,
                                "Circle::perimeter",
                                SymKind.FUNCTION,
                                "Id",
                                SymKind.TYPE,
                                "area",
                                SymKind.METHOD)),
                Arguments.of(
                        "csharp",
                        Map.of(
                                "IRepository",
                                SymKind.INTERFACE,
                                "UserService",
                                SymKind.CLASS,
                                "Find",
                                SymKind.METHOD,
                                "Name",
                                SymKind.VARIABLE,
                                "Limit",
                                SymKind.CONSTANT,
                                "cache",
                                SymKind.VARIABLE,
                                "Point",
                                SymKind.CLASS,
                                "Pair",
                                SymKind.CLASS,
                                "Handler",
                                SymKind.TYPE)),
                Arguments.of(
                        "kotlin",
                        Map.of(
                                "Repository",
                                SymKind.INTERFACE,
                                "UserService",
                                SymKind.CLASS,
                                "find",
                                SymKind.FUNCTION,
                                "Registry",
                                SymKind.CLASS,
                                "Id",
                                SymKind.TYPE,
                                "topLevel",
                                SymKind.FUNCTION,
                                "LIMIT",
                                SymKind.CONSTANT,
                                "cache",
                                SymKind.VARIABLE)),
                Arguments.of(
                        "php",
                        Map.of(
                                "Repository",
                                SymKind.INTERFACE,
                                "Loggable",
                                SymKind.INTERFACE,
                                "UserService",
                                SymKind.CLASS,
                                "__construct",
                                SymKind.METHOD,
                                "Mode",
                                SymKind.TYPE,
                                "helper",
                                SymKind.FUNCTION,
                                "LIMIT",
                                SymKind.CONSTANT,
                                "SECRET",
                                SymKind.CONSTANT,
                                "count",
                                SymKind.VARIABLE)),
                Arguments.of(
                        "scala",
                        Map.of(
                                "Repository",
                                SymKind.INTERFACE,
                                "UserService",
                                SymKind.CLASS,
                                "find",
                                SymKind.FUNCTION,
                                "apply",
                                SymKind.FUNCTION,
                                "Pair",
                                SymKind.CLASS,
                                "Id",
                                SymKind.TYPE,
                                "Mode",
                                SymKind.TYPE,
                                "limit",
                                SymKind.VARIABLE)));
    }

    @ParameterizedTest
    @MethodSource("expectations")
    void symbolRules_onTheSample_reachTheDeclaredNamesWithTheirKinds(String languageId, Map<String, SymKind> expected) {
        ParseResult result = parser.parse(languageId, Samples.forLanguage(languageId), Duration.ofSeconds(30));
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);

        Map<String, Set<SymKind>> declared =
                declaredNames(((ParseResult.Parsed) result).tree(), TABLE.rules(languageId));

        expected.forEach((name, kind) -> assertThat(declared.getOrDefault(name, Set.of()))
                .as("kinds declared for %s in the %s sample (all: %s)", name, languageId, declared)
                .contains(kind));
    }

    /** Name → kinds, by the first matching symbol rule per node; in_class is left to the extractor. */
    private static Map<String, Set<SymKind>> declaredNames(SyntaxTree tree, LanguageRules rules) {
        Map<String, Set<SymKind>> declared = new HashMap<>();
        Deque<SyntaxNode> ancestors = new ArrayDeque<>();
        visit(tree, rules, tree.root(), ancestors, declared);
        return declared;
    }

    private static void visit(
            SyntaxTree tree,
            LanguageRules rules,
            SyntaxNode node,
            Deque<SyntaxNode> ancestors,
            Map<String, Set<SymKind>> declared) {
        for (SymbolRule rule : rules.symbols()) {
            if (matches(rule, node, ancestors, rules)) {
                rule.name()
                        .resolve(node)
                        .forEach(name -> declared.computeIfAbsent(tree.text(name), key -> new HashSet<>())
                                .add(rule.kind()));
                break;
            }
        }
        ancestors.push(node);
        node.children().forEach(child -> visit(tree, rules, child, ancestors, declared));
        ancestors.pop();
    }

    private static boolean matches(SymbolRule rule, SyntaxNode node, Deque<SyntaxNode> ancestors, LanguageRules rules) {
        if (!rule.nodeType().equals(node.type())) {
            return false;
        }
        if (ancestors.stream().anyMatch(ancestor -> rule.notIn().contains(ancestor.type()))) {
            return false;
        }
        if (rule.when() != null
                && rule.when().path().resolve(node).stream()
                        .noneMatch(child -> rule.when().types().contains(child.type()))) {
            return false;
        }
        Set<String> keywords = new HashSet<>();
        collectKeywords(node, rules, keywords);
        return keywords.containsAll(rule.tokens());
    }

    private static void collectKeywords(SyntaxNode node, LanguageRules rules, Set<String> keywords) {
        for (SyntaxNode child : node.children()) {
            if (!child.named()) {
                keywords.add(child.type());
            } else if (rules.modifiers().contains(child.type())) {
                collectKeywords(child, rules, keywords);
            }
        }
    }
}
