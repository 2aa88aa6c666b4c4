package shaktiman.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Verifies that the committed MCP-1 reference list reads back as the fifty strings it was generated from. */
class Cl100kReferenceTest {

    @Test
    void entries_ofTheCommittedList_areFiftyDistinctStrings() {
        List<Cl100kReference.Entry> entries = Cl100kReference.entries();

        assertThat(entries).hasSize(50);
        assertThat(entries.stream().map(Cl100kReference.Entry::text).distinct()).hasSize(50);
    }

    @Test
    void entries_ofTheCommittedList_coverTheCasesMcp1Names() {
        List<String> texts = Cl100kReference.entries().stream()
                .map(Cl100kReference.Entry::text)
                .toList();

        assertThat(texts).contains("", "<|endoftext|>", "😀", "日本語のテキストを数える", "lone \uD800 surrogate", "\n");
        assertThat(Cl100kReference.entries().getFirst()).isEqualTo(new Cl100kReference.Entry("", 0));
    }

    @Test
    void unquote_withEveryEscape_decodesIt() {
        String text = Cl100kReference.unquote("\"a\\\\b\\\"c\\td\\ne\\rf\\u{1F600}g\\u{D800}\"", 1);

        assertThat(text).isEqualTo("a\\b\"c\td\ne\rf😀g\uD800");
    }

    @Test
    void unquote_withUnknownEscape_failsNamingTheLine() {
        assertThatThrownBy(() -> Cl100kReference.unquote("\"\\x\"", 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 7");
    }
}
