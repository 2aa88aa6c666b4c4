package shaktiman.core.index.symbols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.Visibility;

/** Verifies the extraction records: the file symbol of IX-27, owner indices and field validation. */
class ExtractedFileTest {

    private static final String HASH = "0".repeat(64);

    @Test
    void withFileSymbol_putsTheFileFirstAndShiftsEveryOwner() {
        ExtractedSymbol helper = new ExtractedSymbol(
                "helper", "helper", SymKind.FUNCTION, 2, 3, "()", Visibility.PUBLIC, true, HASH, List.of());
        ExtractedFile file = new ExtractedFile(
                "src/a.py",
                "python",
                "",
                3,
                List.of(helper),
                List.of(
                        new ExtractedReference(
                                ExtractedReference.FILE_OWNER, EdgeKind.IMPORTS, "os", "os", "", "os", 1),
                        new ExtractedReference(0, EdgeKind.CALLS, "run", "run", "", "", 3)),
                FileImports.NONE);

        ExtractedFile withFile = file.withFileSymbol("import os\ndef helper():\n    run()\n");

        assertThat(withFile.symbols().getFirst())
                .extracting(ExtractedSymbol::name, ExtractedSymbol::qualifiedName, ExtractedSymbol::kind)
                .containsExactly("src/a.py", "src/a.py", SymKind.FILE);
        assertThat(withFile.symbols().getFirst().endLine()).isEqualTo(3);
        assertThat(withFile.references())
                .extracting(ExtractedReference::ownerIndex)
                .containsExactly(0, 1);
        assertThat(withFile.withFileSymbol("ignored")).isEqualTo(withFile);
    }

    @Test
    void withoutSymbols_countsLinesAsIx6() {
        assertThat(ExtractedFile.withoutSymbols("a.txt", "text", "a\nb\n").lineCount())
                .isEqualTo(2);
        assertThat(ExtractedFile.withoutSymbols("a.txt", "text", "a\nb").lineCount())
                .isEqualTo(2);
        assertThat(ExtractedFile.withoutSymbols("a.txt", "text", "").lineCount())
                .isZero();
    }

    @Test
    void reference_ownedBeyondTheSymbols_isRejectedNamingIt() {
        assertThatThrownBy(() -> new ExtractedFile(
                        "a.go",
                        "go",
                        "",
                        1,
                        List.of(),
                        List.of(new ExtractedReference(0, EdgeKind.CALLS, "f", "f", "", "", 1)),
                        FileImports.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a.go");
    }

    @Test
    void symbol_whoseExportFlagContradictsItsVisibility_isRejected() {
        assertThatThrownBy(() -> new ExtractedSymbol(
                        "x", "x", SymKind.VARIABLE, 1, 1, "", Visibility.PRIVATE, true, HASH, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("isExported");
    }

    @Test
    void fileImports_laterBindingShadowsAnEarlierOne() {
        FileImports imports = new FileImports(List.of(
                new ImportBinding("d", "a", "d", ImportBinding.Scope.MEMBER, "a.d", 1),
                new ImportBinding("d", "b", "d", ImportBinding.Scope.MEMBER, "b.d", 2),
                new ImportBinding("", "c", "", ImportBinding.Scope.WILDCARD, "c", 3)));

        assertThat(imports.byLocalName("d")).map(ImportBinding::qualifiedName).contains("b.d");
        assertThat(imports.modules()).extracting(ImportBinding::specifier).containsExactly("c");
    }
}
