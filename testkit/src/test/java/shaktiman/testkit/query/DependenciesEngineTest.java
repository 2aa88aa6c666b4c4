package shaktiman.testkit.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.port.IndexReader.TestScope;
import shaktiman.core.query.DependenciesRequest;
import shaktiman.core.query.DependenciesResult;
import shaktiman.core.query.Dependency;
import shaktiman.core.query.Direction;
import shaktiman.core.query.QueryEngine;
import shaktiman.core.query.Sym;

/** Verifies dependencies (MCP-33, MCP-34) through the in-memory store holding the §6 fixture. */
class DependenciesEngineTest {
    private final EngineHarness harness = new EngineHarness();
    private final QueryEngine engine = harness.engine();

    @AfterEach
    void close() {
        harness.close();
    }

    private DependenciesResult dependencies(
            String symbol, Direction direction, int depth, String file, TestScope scope) {
        return engine.dependencies(
                new DependenciesRequest(symbol, direction, depth, file, Set.of(), scope, 200), () -> false);
    }

    private static List<String> names(DependenciesResult result) {
        return result.results().stream().map(Dependency::qualifiedName).toList();
    }

    @Test
    void callers_ofValidateToken_areItsCallersAtDepthOneWithoutTestsUnlessScopeAll() {
        DependenciesResult impl = dependencies("validateToken", Direction.CALLERS, 1, "", TestScope.IMPL);
        DependenciesResult all = dependencies("validateToken", Direction.CALLERS, 1, "", TestScope.ALL);

        assertThat(impl.results())
                .filteredOn(d -> d.edgeKind() == EdgeKind.CALLS)
                .extracting(Dependency::qualifiedName)
                .contains("authGuard", "refreshToken", "login");
        assertThat(impl.results()).allSatisfy(d -> {
            assertThat(d.depth()).isEqualTo(1);
            assertThat(d.filePath()).doesNotEndWith(".test.ts");
        });
        assertThat(all.results()).extracting(Dependency::filePath).contains("ts/src/auth/login.test.ts");
    }

    @Test
    void callers_growWithDepthAndNeverIncludeTheRoot() {
        List<String> one = names(dependencies("validateToken", Direction.CALLERS, 1, "", TestScope.IMPL));
        List<String> two = names(dependencies("validateToken", Direction.CALLERS, 2, "", TestScope.IMPL));
        List<String> three = names(dependencies("validateToken", Direction.CALLERS, 3, "", TestScope.IMPL));

        assertThat(two).containsAll(one);
        assertThat(three).containsAll(two);
        assertThat(three).doesNotContain("validateToken");
    }

    @Test
    void callers_ofAnExternalName_comeFromItsUnresolvedReferences() {
        DependenciesResult result = dependencies("createHmac", Direction.CALLERS, 2, "", TestScope.IMPL);

        assertThat(result.roots()).isEmpty();
        assertThat(names(result)).contains("validateToken");
        assertThat(result.results()).allSatisfy(d -> assertThat(d.depth()).isEqualTo(1));
    }

    @Test
    void callees_ofLogin_startFromEverySameNamedRoot() {
        DependenciesResult result = dependencies("login", Direction.CALLEES, 1, "", TestScope.IMPL);

        assertThat(result.roots())
                .extracting(Sym::filePath)
                .containsExactly("py/service/user_service.py", "ts/src/auth/login.ts");
        assertThat(result.results())
                .filteredOn(d -> List.of("hashPassword", "validate_email").contains(d.qualifiedName()))
                .hasSize(2)
                .allSatisfy(d -> {
                    assertThat(d.depth()).isEqualTo(1);
                    assertThat(d.edgeKind()).isEqualTo(EdgeKind.CALLS);
                });
    }

    @Test
    void callees_withAFileFilter_keepOnlyThatFilesRoot() {
        DependenciesResult result = dependencies("login", Direction.CALLEES, 1, "py", TestScope.IMPL);

        assertThat(result.roots()).extracting(Sym::filePath).containsExactly("py/service/user_service.py");
        assertThat(names(result)).containsExactly("validate_email");
    }

    @Test
    void callees_ofMain_reachRoutesAtDepthTwoViaListen() {
        DependenciesResult result = dependencies("main", Direction.CALLEES, 2, "", TestScope.IMPL);

        assertThat(result.results())
                .anySatisfy(d -> {
                    assertThat(d.qualifiedName()).isEqualTo("NewServer");
                    assertThat(d.depth()).isEqualTo(1);
                    assertThat(d.via()).isEqualTo("main");
                })
                .anySatisfy(d -> {
                    assertThat(d.qualifiedName()).isEqualTo("Server.routes");
                    assertThat(d.depth()).isEqualTo(2);
                    assertThat(d.via()).isEqualTo("Server.Listen");
                });
        assertThat(result.external()).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("http.ListenAndServe");
            assertThat(e.depth()).isEqualTo(2);
        });
    }

    @Test
    void callers_ofAnInterface_includeItsImplementations() {
        DependenciesResult result = dependencies("UserRepository", Direction.CALLERS, 1, "", TestScope.IMPL);

        assertThat(result.results()).anySatisfy(d -> {
            assertThat(d.qualifiedName()).isEqualTo("InMemoryUserRepository");
            assertThat(d.edgeKind()).isEqualTo(EdgeKind.IMPLEMENTS);
        });
    }

    @Test
    void both_listsCallersBeforeCalleesThenByDepthAndPath() {
        DependenciesResult result = dependencies("validateToken", Direction.BOTH, 2, "", TestScope.IMPL);

        List<Dependency> results = result.results();
        assertThat(results).extracting(Dependency::direction).contains(Direction.CALLERS);
        for (int i = 1; i < results.size(); i++) {
            Dependency a = results.get(i - 1);
            Dependency b = results.get(i);
            assertThat(a.direction().compareTo(b.direction()) < 0
                            || a.direction() == b.direction() && a.depth() <= b.depth())
                    .isTrue();
        }
        assertThat(result.external()).extracting(e -> e.name()).contains("createHmac");
    }

    @Test
    void unknownSymbol_givesEmptyLists() {
        DependenciesResult result = dependencies("noSuchThing", Direction.BOTH, 2, "", TestScope.IMPL);

        assertThat(result.roots()).isEmpty();
        assertThat(result.results()).isEmpty();
        assertThat(result.external()).isEmpty();
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void pastMaxResults_resultsAreCutAndTruncatedSet() {
        DependenciesResult result = engine.dependencies(
                new DependenciesRequest("validateToken", Direction.CALLERS, 3, "", Set.of(), TestScope.ALL, 1),
                () -> false);

        assertThat(result.results()).hasSize(1);
        assertThat(result.truncated()).isTrue();
    }

    @Test
    void edgeKinds_restrictTheWalk() {
        DependenciesResult result = engine.dependencies(
                new DependenciesRequest(
                        "validateToken", Direction.CALLERS, 1, "", Set.of(EdgeKind.IMPORTS), TestScope.IMPL, 200),
                () -> false);

        assertThat(result.results())
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.edgeKind()).isEqualTo(EdgeKind.IMPORTS));
    }
}
