package shaktiman.adapters.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.treesitter.TSLanguage;
import shaktiman.core.index.lang.LanguageRules;
import shaktiman.core.index.lang.LanguageTable;

/**
 * Verifies T-15: every node type, field name and keyword in the IX-15 language table exists in the shipped grammar,
 * looked up through the grammar's own symbol and field tables, so a grammar upgrade that renames one fails the build.
 */
class LanguageTableGrammarTest {

    private static final LanguageTable TABLE = LanguageTable.builtIn();

    static Stream<String> languages() {
        return TABLE.languages().keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void nodeTypes_existAsNamedNodesOfTheGrammar(String languageId) {
        LanguageRules rules = TABLE.rules(languageId);
        TSLanguage grammar = grammar(rules);

        List<String> missing = rules.nodeTypes().stream()
                .filter(type -> grammar.symbolForName(type, true) == 0)
                .toList();

        assertThat(missing)
                .as("node types of %s missing from grammar %s", languageId, rules.grammar())
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void fieldNames_existInTheGrammar(String languageId) {
        LanguageRules rules = TABLE.rules(languageId);
        TSLanguage grammar = grammar(rules);

        List<String> missing = rules.fieldNames().stream()
                .filter(field -> grammar.fieldIdForName(field) == 0)
                .toList();

        assertThat(missing)
                .as("fields of %s missing from grammar %s", languageId, rules.grammar())
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void keywords_existAsTokensOfTheGrammar(String languageId) {
        LanguageRules rules = TABLE.rules(languageId);
        TSLanguage grammar = grammar(rules);

        List<String> missing = rules.keywords().stream()
                .filter(keyword -> grammar.symbolForName(keyword, false) == 0)
                .toList();

        assertThat(missing)
                .as("keywords of %s missing from grammar %s", languageId, rules.grammar())
                .isEmpty();
    }

    private static TSLanguage grammar(LanguageRules rules) {
        return Grammars.all().stream()
                .filter(grammar -> grammar.languageId().equals(rules.grammar()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no grammar " + rules.grammar() + " for " + rules.languageId()))
                .language()
                .get();
    }
}
