package shaktiman.core.index.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import shaktiman.core.index.write.SymbolChange.Change;
import shaktiman.core.index.write.SymbolChange.Facts;
import shaktiman.core.model.SymKind;

/** Verifies how a file's symbol changes are classified for the change log (IX-49, MCP-36). */
class SymbolChangeTest {
    private static Facts function(String name, String signature, String body) {
        return new Facts(name, name, SymKind.FUNCTION, signature, body);
    }

    private static Facts file(String path, String body) {
        return new Facts(path, path, SymKind.FILE, "", body);
    }

    @Test
    void between_signatureAndBodyChanged_isSignatureChanged() {
        List<SymbolChange> changes =
                SymbolChange.between(List.of(function("f", "()", "h1")), List.of(function("f", "(x)", "h2")));

        assertThat(changes).extracting(SymbolChange::change).containsExactly(Change.SIGNATURE_CHANGED);
    }

    @Test
    void between_onlyBodyChanged_isModified() {
        List<SymbolChange> changes =
                SymbolChange.between(List.of(function("f", "()", "h1")), List.of(function("f", "()", "h2")));

        assertThat(changes).extracting(SymbolChange::change).containsExactly(Change.MODIFIED);
    }

    @Test
    void between_unchangedSymbol_isNotListed() {
        List<SymbolChange> changes =
                SymbolChange.between(List.of(function("f", "()", "h1")), List.of(function("f", "()", "h1")));

        assertThat(changes).isEmpty();
    }

    @Test
    void between_newAndVanished_areAddedThenRemovedAndTheFileSymbolNeverAppears() {
        List<SymbolChange> changes = SymbolChange.between(
                List.of(file("a.go", "1"), function("old", "()", "h")),
                List.of(file("a.go", "2"), function("new", "()", "h")));

        assertThat(changes)
                .extracting(c -> c.name() + " " + c.change().wireName())
                .containsExactly("new added", "old removed");
    }

    @Test
    void all_skipsTheFileSymbol() {
        List<SymbolChange> changes =
                SymbolChange.all(List.of(file("a.go", "1"), function("f", "()", "h")), Change.REMOVED);

        assertThat(changes).extracting(SymbolChange::name).containsExactly("f");
    }
}
