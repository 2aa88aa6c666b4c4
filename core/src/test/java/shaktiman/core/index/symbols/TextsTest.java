package shaktiman.core.index.symbols;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Verifies the splitting of references into qualifier and target, and the signature cut of IX-28. */
class TextsTest {

    @Test
    void splitLast_splitsAtTheLastSeparatorOutsideBrackets() {
        assertThat(Texts.splitLast("self.save")).containsExactly("self", "save");
        assertThat(Texts.splitLast("a::b")).containsExactly("a", "b");
        assertThat(Texts.splitLast("$this->repo->find")).containsExactly("$this->repo", "find");
        assertThat(Texts.splitLast("a.b(x.y).c")).containsExactly("a.b(x.y)", "c");
        assertThat(Texts.splitLast("helper")).containsExactly("", "helper");
    }

    @Test
    void firstSegment_andSegmentsAfterFirst_walkTheWholeQualifier() {
        assertThat(Texts.firstSegment("s.store")).isEqualTo("s");
        assertThat(Texts.segmentsAfterFirst("os.path.exists")).containsExactly("path", "exists");
    }

    @Test
    void bareName_dropsGenericsPointersAndLifetimes() {
        assertThat(Texts.bareName("*Server")).isEqualTo("Server");
        assertThat(Texts.bareName("Stack<T>")).isEqualTo("Stack");
        assertThat(Texts.bareName("&'a mut Foo")).isEqualTo("Foo");
    }

    @Test
    void signatureCut_keepsAtMost300CodePointsEndingWithAnEllipsis() {
        String exact = "(" + "a".repeat(298) + ")";
        String longer = "(" + "😀".repeat(400) + ")";

        assertThat(Signatures.cut(exact)).isEqualTo(exact);
        String cut = Signatures.cut(longer);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(300);
        assertThat(cut).endsWith("😀…");
    }

    @Test
    void isQualifiedName_agreesWithItsPattern() {
        List<String> texts = List.of(
                "",
                "a",
                "a.b",
                "a..b",
                "a.",
                ".a",
                "::a::b",
                "\\ns\\Cls",
                "$this->repo",
                "x?.y",
                "a1_b$@",
                "1a",
                "a.1",
                "\u00e9t\u00e9.\u65e5\u672c",
                "a\u0663",
                "a\u2167",
                "a\u00b2",
                "a b",
                "a::",
                ":a",
                "a->->b",
                "foo()",
                "a-b",
                "\ud835\udc00x",
                "a\ud800",
                "@Ann.x",
                "List<T>");

        for (String text : texts) {
            assertThat(Texts.isQualifiedName(text)).as(text).isEqualTo(Texts.isQualifiedNameByPattern(text));
        }
    }

    @Test
    void collapse_replacesEachWhitespaceRunWithOneSpaceAndStrips() {
        Pattern whitespace = Pattern.compile("\\s+");
        List<String> texts = List.of(
                "",
                " ",
                "a b",
                "a  b",
                "a\tb",
                " a b ",
                "a\n b",
                "a \r\nb",
                "a\u000Bb",
                "a\fb",
                "a\u00a0b",
                "x y z ",
                "\u2003a\u2003");

        for (String text : texts) {
            assertThat(Texts.collapse(text))
                    .as(text)
                    .isEqualTo(whitespace.matcher(text).replaceAll(" ").strip());
        }
    }
}
