package shaktiman.adapters.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.treesitter.TSParser;
import shaktiman.core.model.syntax.SyntaxNode;
import shaktiman.core.model.syntax.SyntaxTree;
import shaktiman.core.port.ParseResult;

/**
 * Verifies T-13 and T-18: every grammar loads and parses its sample without errors on the module path from the merged
 * org.treesitter jar, TSX parses JSX, both C grammars parse a header, and ERB parses through its Ruby view.
 */
@Timeout(120)
class TreeSitterGrammarsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static TreeSitterParser parser;

    @BeforeAll
    static void open() {
        parser = new TreeSitterParser();
    }

    @AfterAll
    static void close() {
        parser.close();
    }

    @Test
    void adapterAndRuntime_runAsNamedModules_fromTheMergedJar() {
        assertThat(TreeSitterParser.class.getModule().getName()).isEqualTo("shaktiman.adapters.parse");
        assertThat(TSParser.class.getModule().getName()).isEqualTo("org.treesitter");
    }

    @Test
    void supportedLanguages_areTheSixteenOfIx12WithAGrammar() {
        assertThat(parser.supportedLanguages()).containsExactlyInAnyOrderElementsOf(Samples.BY_LANGUAGE.keySet());
    }

    @Test
    void grammarVersions_nameTheRuntimeAndEveryGrammarArtifact() {
        assertThat(parser.grammarVersions())
                .hasSize(16)
                .containsEntry("tree-sitter", "0.26.6")
                .containsEntry("tree-sitter-kotlin", "0.3.8.1")
                .containsKeys("tree-sitter-c-sharp", "tree-sitter-tsx");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "typescript",
                "tsx",
                "javascript",
                "python",
                "go",
                "rust",
                "java",
                "ruby",
                "erb",
                "bash",
                "c",
                "cpp",
                "csharp",
                "kotlin",
                "php",
                "scala"
            })
    void parse_sampleOfEachLanguage_givesATreeWithoutErrors(String languageId) {
        SyntaxTree tree = parsedWithoutErrors(languageId, Samples.forLanguage(languageId));

        assertThat(tree.root().namedChildren()).isNotEmpty();
        assertThat(tree.root().endLine()).isGreaterThan(5);
    }

    @Test
    void parse_tsxWithJsx_hasNoErrorNodeAndKeepsJsxElements() {
        SyntaxTree tree = parsedWithoutErrors("tsx", Samples.forLanguage("tsx"));

        assertThat(types(tree.root())).doesNotContain("ERROR").contains("jsx_element", "jsx_self_closing_element");
    }

    @ParameterizedTest
    @ValueSource(strings = {"c", "cpp"})
    void parse_cHeader_parsesAsCAndAsCpp(String languageId) {
        SyntaxTree tree = parsedWithoutErrors(languageId, Samples.read("c-header.h"));

        assertThat(types(tree.root())).contains("preproc_ifdef", "type_definition");
    }

    @Test
    void parse_cppHeaderWithATemplate_parsesAsCpp() {
        SyntaxTree tree = parsedWithoutErrors("cpp", Samples.read("cpp-header.h"));

        assertThat(types(tree.root())).contains("template_declaration", "class_specifier");
    }

    @Test
    void parse_erb_givesRubyNodesOnTheTemplatesLines() {
        String template = Samples.forLanguage("erb");

        SyntaxTree tree = parsedWithoutErrors("erb", template);

        SyntaxNode each = find(
                tree.root(),
                node -> node.type().equals("call") && tree.text(node).startsWith("@users.each"));
        assertThat(each.startLine()).isEqualTo(4);
        assertThat(template.substring(each.startChar(), each.startChar() + 11)).isEqualTo("@users.each");
        assertThat(tree.text()).hasSameSizeAs(template);
    }

    @Test
    void parse_rubyWithSyntaxError_isPartial() {
        ParseResult result = parser.parse("ruby", "def broken(\n  x = \nend end\n", TIMEOUT);

        assertThat(result)
                .isInstanceOfSatisfying(
                        ParseResult.Parsed.class,
                        parsed -> assertThat(parsed.hasErrors()).isTrue());
    }

    private static SyntaxTree parsedWithoutErrors(String languageId, String text) {
        ParseResult result = parser.parse(languageId, text, TIMEOUT);
        assertThat(result).as("parse of %s", languageId).isInstanceOf(ParseResult.Parsed.class);
        ParseResult.Parsed parsed = (ParseResult.Parsed) result;
        assertThat(parsed.hasErrors())
                .as(
                        "%s sample has error nodes: %s",
                        languageId, errorLines(parsed.tree().root()))
                .isFalse();
        return parsed.tree();
    }

    private static List<String> types(SyntaxNode root) {
        List<String> types = new ArrayList<>();
        walk(root, node -> types.add(node.type()));
        return types;
    }

    private static List<Integer> errorLines(SyntaxNode root) {
        List<Integer> lines = new ArrayList<>();
        walk(root, node -> {
            if (node.isError() || node.endByte() == node.startByte() && node.named()) {
                lines.add(node.startLine());
            }
        });
        return lines;
    }

    private static SyntaxNode find(SyntaxNode root, java.util.function.Predicate<SyntaxNode> test) {
        List<SyntaxNode> found = new ArrayList<>();
        walk(root, node -> {
            if (found.isEmpty() && test.test(node)) {
                found.add(node);
            }
        });
        assertThat(found).as("a matching node").isNotEmpty();
        return found.getFirst();
    }

    private static void walk(SyntaxNode node, java.util.function.Consumer<SyntaxNode> visitor) {
        visitor.accept(node);
        node.children().forEach(child -> walk(child, visitor));
    }
}
