package shaktiman.core.index.symbols;

import static org.assertj.core.api.Assertions.assertThat;

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
}
