package shaktiman.testkit.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.port.IndexReader.TestScope;
import shaktiman.core.query.QueryEngine;
import shaktiman.core.query.Sym;
import shaktiman.core.query.SymbolsRequest;
import shaktiman.core.query.SymbolsResult;

/** Verifies symbols (MCP-32) through the in-memory store holding the §6 fixture. */
class SymbolsEngineTest {
    private final EngineHarness harness = new EngineHarness();
    private final QueryEngine engine = harness.engine();

    @AfterEach
    void close() {
        harness.close();
    }

    private SymbolsResult symbols(String name, TestScope scope) {
        return engine.symbols(new SymbolsRequest(name, Optional.empty(), "", scope, 50), () -> false);
    }

    @Test
    void symbols_validateToken_isOneFunctionInLoginTsWithItsSignature() {
        SymbolsResult result = symbols("validateToken", TestScope.IMPL);

        assertThat(result.definitions()).singleElement().satisfies(sym -> {
            assertThat(sym.filePath()).isEqualTo("ts/src/auth/login.ts");
            assertThat(sym.kind()).isEqualTo(SymKind.FUNCTION);
            assertThat(sym.signature().orElseThrow()).contains("token: string");
        });
        assertThat(result.referencedBy()).isEmpty();
        assertThat(result.note()).isEmpty();
    }

    @Test
    void symbols_isCaseSensitive() {
        SymbolsResult result = symbols("validatetoken", TestScope.IMPL);

        assertThat(result.definitions()).isEmpty();
        assertThat(result.note()).contains("No symbol named \"validatetoken\".");
    }

    @Test
    void symbols_qualifiedName_findsBothOverloads() {
        SymbolsResult result = symbols("UserService.find", TestScope.IMPL);

        assertThat(result.definitions())
                .extracting(sym -> sym.signature().orElseThrow())
                .containsExactly("(long id): User", "(String email): User");
    }

    @Test
    void symbols_sameNameInOneFileAndAcrossLanguages_areEachADefinition() {
        assertThat(symbols("__init__", TestScope.IMPL).definitions()).hasSize(2);
        assertThat(symbols("find", TestScope.IMPL).definitions()).hasSize(2);
        assertThat(symbols("login", TestScope.IMPL).definitions())
                .extracting(Sym::filePath)
                .containsExactly("py/service/user_service.py", "ts/src/auth/login.ts");
    }

    @Test
    void symbols_external_listsTheReferrersWithANote() {
        SymbolsResult result = symbols("createHmac", TestScope.IMPL);

        assertThat(result.definitions()).isEmpty();
        assertThat(result.referencedBy()).anySatisfy(ref -> {
            assertThat(ref.filePath()).isEqualTo("ts/src/auth/login.ts");
            assertThat(ref.edgeKind()).isEqualTo(EdgeKind.IMPORTS);
            assertThat(ref.kind()).isEqualTo(SymKind.FILE);
        });
        assertThat(result.note().orElseThrow()).contains("external", "2 places", "direction:\"callers\"");
    }

    @Test
    void symbols_testFunction_needsScopeTest() {
        assertThat(symbols("TestListUsers", TestScope.IMPL).definitions()).isEmpty();
        assertThat(symbols("TestListUsers", TestScope.TEST).definitions()).hasSize(1);
    }

    @Test
    void symbols_pastMaxResults_areCutAndMarkedTruncated() {
        SymbolsResult result =
                engine.symbols(new SymbolsRequest("find", Optional.empty(), "", TestScope.IMPL, 1), () -> false);

        assertThat(result.definitions()).hasSize(1);
        assertThat(result.truncated()).isTrue();
    }

    @Test
    void symbols_kindFilter_keepsOnlyThatKind() {
        SymbolsResult result = engine.symbols(
                new SymbolsRequest("login", Optional.of(SymKind.METHOD), "", TestScope.IMPL, 50), () -> false);

        assertThat(result.definitions()).isEmpty();
    }
}
