package shaktiman.core.index.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import shaktiman.core.index.lang.LanguageRules.VisibilityRule;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.Visibility;
import shaktiman.core.model.syntax.SyntaxNode;

/** Verifies that the built-in IX-15 table loads with a row for every language and that the format is strict. */
class LanguageTableTest {

    private static final List<String> LANGUAGES = List.of(
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
            "scala");

    @Test
    void builtIn_hasRulesForEveryLanguageWithAGrammar() {
        LanguageTable table = LanguageTable.builtIn();

        assertThat(table.version()).isEqualTo(1);
        assertThat(table.languages()).containsOnlyKeys(LANGUAGES);
        assertThat(table.languages().values()).allSatisfy(rules -> {
            assertThat(rules.comments()).as("%s comments", rules.languageId()).isNotEmpty();
            assertThat(rules.visibility())
                    .as("%s visibility", rules.languageId())
                    .isNotEmpty();
        });
    }

    @Test
    void builtIn_likeRows_copyTheRowsAndKeepTheirOwnGrammar() {
        LanguageTable table = LanguageTable.builtIn();

        assertThat(table.rules("tsx").grammar()).isEqualTo("tsx");
        assertThat(table.rules("tsx").symbols())
                .isEqualTo(table.rules("typescript").symbols());
        assertThat(table.rules("erb").grammar()).isEqualTo("ruby");
        assertThat(table.rules("cpp").units()).containsAll(table.rules("c").units());
        assertThat(table.rules("cpp").units())
                .hasSizeGreaterThan(table.rules("c").units().size());
    }

    @Test
    void builtIn_rustImplIsAContainerNamedByItsType() {
        LanguageRules rust = LanguageTable.builtIn().rules("rust");

        assertThat(rust.containers()).anySatisfy(container -> {
            assertThat(container.nodeType()).isEqualTo("impl_item");
            assertThat(container.kind()).isEqualTo(SymKind.CLASS);
            assertThat(container.name()).hasToString("type");
        });
        assertThat(rust.units()).anySatisfy(unit -> assertThat(unit.inClass()).isEqualTo(ChunkKind.METHOD));
    }

    @Test
    void builtIn_javaStaticFinalFieldIsAConstantBeforeAVariable() {
        List<LanguageRules.SymbolRule> fields = LanguageTable.builtIn().rules("java").symbols().stream()
                .filter(rule -> rule.nodeType().equals("field_declaration"))
                .toList();

        assertThat(fields)
                .extracting(LanguageRules.SymbolRule::kind)
                .containsExactly(SymKind.CONSTANT, SymKind.VARIABLE);
        assertThat(fields.getFirst().tokens()).containsExactlyInAnyOrder("static", "final");
    }

    @Test
    void builtIn_rustVisibilityMapsPubCrateToInternal() {
        VisibilityRule rule = LanguageTable.builtIn().rules("rust").visibility().getFirst();

        assertThat(rule.style()).isEqualTo(VisibilityRule.Style.NODE_TEXT);
        assertThat(rule.mapping())
                .containsEntry("pub", Visibility.PUBLIC)
                .containsEntry("pub(*)", Visibility.INTERNAL)
                .containsEntry("default", Visibility.PRIVATE);
    }

    @Test
    void rules_unknownLanguage_throwsNamingIt() {
        assertThatThrownBy(() -> LanguageTable.builtIn().rules("cobol")).hasMessageContaining("cobol");
    }

    @Test
    void parse_unknownOption_failsNamingTheLine() {
        String text = "version\t1\nx\tgrammar\tx\nx\tref\tcall\tcalls\ttarget=function colour=red\n";

        assertThatThrownBy(() -> LanguageTable.parse(text, "t.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("t.tsv line 3")
                .hasMessageContaining("colour");
    }

    @Test
    void parse_unknownKind_failsListingTheValidOnes() {
        String text = "version\t1\nx\tgrammar\tx\nx\tunit\tfoo\tklass\n";

        assertThatThrownBy(() -> LanguageTable.parse(text, "t.tsv"))
                .hasMessageContaining("line 3")
                .hasMessageContaining("klass")
                .hasMessageContaining("function");
    }

    @Test
    void parse_referenceWithoutTarget_meansEveryTypeName() {
        String text = "version\t2\nx\tgrammar\tx\nx\tref\tsuperclass\tinherits\n";

        LanguageRules.ReferenceRule rule =
                LanguageTable.parse(text, "t").rules("x").references().getFirst();

        assertThat(rule.kind()).isEqualTo(EdgeKind.INHERITS);
        assertThat(rule.target()).isNull();
    }

    @Test
    void namePath_followsFieldsChainsAndChildTypes() {
        SyntaxNode name = leaf("identifier", "declarator", 4, 8);
        SyntaxNode inner = node("function_declarator", "declarator", 4, 10, List.of(name));
        SyntaxNode pointer = node("pointer_declarator", "declarator", 3, 10, List.of(inner));
        SyntaxNode function =
                node("function_definition", null, 0, 12, List.of(leaf("primitive_type", "type", 0, 3), pointer));

        assertThat(NamePath.parse("declarator*").resolve(function)).containsExactly(name);
        assertThat(NamePath.parse("declarator.@function_declarator.declarator").resolve(function))
                .containsExactly(name);
        assertThat(NamePath.parse("missing|type").resolve(function))
                .extracting(SyntaxNode::type)
                .containsExactly("primitive_type");
        assertThat(NamePath.parse("missing").resolve(function)).isEmpty();
    }

    private static SyntaxNode leaf(String type, String field, int start, int end) {
        return node(type, field, start, end, List.of());
    }

    private static SyntaxNode node(String type, String field, int start, int end, List<SyntaxNode> children) {
        return new SyntaxNode(type, true, field, start, end, start, end, 1, start, 1, end, children);
    }
}
