package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.testkit.IndexDb;
import shaktiman.testkit.McpFixture;

/**
 * Verifies that {@code shaktiman index} of the mcp-tools.md §6 fixture stores every fact the §4 and §6 tool tests
 * rely on: files, test classification, languages, symbols, split chunks, resolved and pending edges, and FTS terms.
 * One index run serves every test: they only read it.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FixtureIndexIT {
    private static final String LOGIN = "ts/src/auth/login.ts";
    private static final String USER_SERVICE_JAVA = "java/src/main/java/com/example/UserService.java";
    private static final String USER_SERVICE_PY = "py/service/user_service.py";

    /** Edges as {@code srcPath:srcQualifiedName -> dstPath:dstQualifiedName kind}. */
    private static final String EDGES = "SELECT sf.path || ':' || s.qualified_name || ' -> ' || df.path || ':' ||"
            + " d.qualified_name || ' ' || e.kind FROM edges e JOIN symbols s ON s.id = e.src_symbol_id"
            + " JOIN files sf ON sf.id = s.file_id JOIN symbols d ON d.id = e.dst_symbol_id"
            + " JOIN files df ON df.id = d.file_id ORDER BY 1";

    private static Daemons daemons;
    private static IndexDb db;

    @BeforeAll
    static void index() {
        daemons = Daemons.create(Fixture.MCP);
        CliResult result = daemons.cli("index", daemons.root().toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        db = new IndexDb(daemons.layout().indexDb());
    }

    @AfterAll
    static void close() {
        if (daemons != null) {
            daemons.close(false);
        }
    }

    private static List<String> symbols(String path, String qualifiedName) {
        return db.rows(
                "SELECT s.kind, s.start_line, s.end_line, s.signature FROM symbols s JOIN files f ON f.id = s.file_id"
                        + " WHERE f.path = ? AND s.qualified_name = ? ORDER BY s.start_line",
                path,
                qualifiedName);
    }

    private static List<String> chunksMatching(String ftsQuery) {
        return db.rows(
                "SELECT DISTINCT f.path || ':' || ifnull(c.qualified_name, c.kind) FROM chunks_fts"
                        + " JOIN chunks c ON c.id = chunks_fts.rowid JOIN files f ON f.id = c.file_id"
                        + " WHERE chunks_fts MATCH ? ORDER BY 1",
                ftsQuery);
    }

    @Test
    void index_mcpFixture_storesEighteenFilesAllFullyParsed() {
        assertThat(db.rows("SELECT path FROM files ORDER BY path"))
                .hasSize(18)
                .containsExactlyInAnyOrderElementsOf(McpFixture.paths());
        assertThat(db.rows("SELECT DISTINCT parse_quality FROM files")).containsExactly("full");
    }

    @Test
    void index_mcpFixture_classifiesExactlyTheFourTestFiles() {
        assertThat(db.rows("SELECT path FROM files WHERE is_test = 1 ORDER BY path"))
                .containsExactly(
                        "go/server_test.go",
                        "java/src/test/java/com/example/UserServiceTest.java",
                        "py/tests/test_user_service.py",
                        "ts/src/auth/login.test.ts");
    }

    @Test
    void index_mcpFixture_countsFilesPerLanguage() {
        assertThat(db.rows("SELECT language, count(*) FROM files GROUP BY language ORDER BY 2 DESC, 1"))
                .containsExactly("typescript|7", "java|5", "go|4", "python|2");
    }

    @Test
    void index_mcpFixture_writesNoChangeRecordsForTheBaseline() {
        assertThat(db.rows("SELECT count(*) FROM diff_log")).containsExactly("0");
    }

    @Test
    void index_javaUserService_namesBothToStringsByTheirContainersWithDisjointLines() {
        List<String> outer = symbols(USER_SERVICE_JAVA, "UserService.toString");
        List<String> inner = symbols(USER_SERVICE_JAVA, "UserService.Cache.toString");

        assertThat(outer).singleElement().asString().startsWith("method|");
        assertThat(inner).singleElement().asString().startsWith("method|");
        assertThat(symbols(USER_SERVICE_JAVA, "UserService.Cache"))
                .singleElement()
                .asString()
                .startsWith("class|");
        int outerEnd = Integer.parseInt(outer.getFirst().split("\\|")[2]);
        int innerStart = Integer.parseInt(inner.getFirst().split("\\|")[1]);
        assertThat(outerEnd).isLessThan(innerStart);
    }

    @Test
    void index_javaUserService_storesTheTwoFindOverloadsWithTheirSignatures() {
        List<String> finds = symbols(USER_SERVICE_JAVA, "UserService.find");

        assertThat(finds).hasSize(2).allSatisfy(row -> assertThat(row).startsWith("method|"));
        assertThat(finds.getFirst()).endsWith("|(long id): User");
        assertThat(finds.getLast()).endsWith("|(String email): User");
        assertThat(finds.getFirst().split("\\|")[1])
                .isNotEqualTo(finds.getLast().split("\\|")[1]);
    }

    @Test
    void index_pythonUserService_storesBothInitMethodsAndCreateUser() {
        assertThat(symbols(USER_SERVICE_PY, "UserService.__init__"))
                .singleElement()
                .asString()
                .startsWith("method|");
        assertThat(symbols(USER_SERVICE_PY, "AdminService.__init__"))
                .singleElement()
                .asString()
                .startsWith("method|");
        assertThat(symbols(USER_SERVICE_PY, "UserService.create_user"))
                .singleElement()
                .asString()
                .startsWith("method|");
        assertThat(db.rows("SELECT count(*) FROM symbols WHERE name = '__init__'"))
                .containsExactly("2");
    }

    @Test
    void index_validateToken_isOneExportedFunctionWhoseSignatureHasTheTokenParameter() {
        assertThat(db.rows(
                        "SELECT f.path, s.kind, s.visibility, s.signature FROM symbols s"
                                + " JOIN files f ON f.id = s.file_id WHERE s.name = ?",
                        "validateToken"))
                .singleElement()
                .asString()
                .startsWith(LOGIN + "|function|exported|")
                .contains("token: string");
        assertThat(db.rows("SELECT count(*) FROM symbols WHERE name = 'validatetoken'"))
                .containsExactly("0");
    }

    @Test
    void index_testListUsers_isAFunctionInATestFile() {
        assertThat(db.rows(
                        "SELECT f.path, f.is_test, s.kind FROM symbols s JOIN files f ON f.id = s.file_id"
                                + " WHERE s.name = ?",
                        "TestListUsers"))
                .containsExactly("go/server_test.go|1|function");
    }

    @Test
    void index_everySymbol_startsInsideTheChunkItNames() {
        assertThat(db.rows("SELECT f.path || ':' || s.qualified_name FROM symbols s JOIN files f ON f.id = s.file_id"
                        + " JOIN chunks c ON c.id = s.chunk_id"
                        + " WHERE c.file_id <> s.file_id OR s.start_line NOT BETWEEN c.start_line AND c.end_line"))
                .isEmpty();
    }

    /** The §4/§6 tests that expect a hit or a context block named after these symbols need chunks of their own. */
    @Test
    void index_symbolsThatSearchAndContextTestsName_ownTheirChunks() {
        assertThat(db.rows("SELECT s.name || ' ' || ifnull(c.qualified_name, c.kind) FROM symbols s"
                        + " JOIN chunks c ON c.id = s.chunk_id WHERE s.name IN"
                        + " ('validateToken', 'hashPassword', 'comparePassword', 'authGuard', 'refreshToken',"
                        + " 'buildReport') ORDER BY 1"))
                .containsExactly(
                        "authGuard authGuard",
                        "buildReport buildReport",
                        "comparePassword comparePassword",
                        "hashPassword hashPassword",
                        "refreshToken refreshToken",
                        "validateToken validateToken");
    }

    @Test
    void index_buildReport_isSplitIntoPartsOfOneGroupSpanningTheWholeFunction() {
        List<String> parts = db.rows(
                "SELECT c.id, c.part_group, c.start_line, c.end_line, c.token_count FROM chunks c"
                        + " JOIN files f ON f.id = c.file_id WHERE f.path = ? AND c.symbol_name = ? ORDER BY c.start_line",
                "ts/src/report/big.ts",
                "buildReport");
        List<String[]> columns = parts.stream().map(row -> row.split("\\|")).toList();

        assertThat(parts).hasSizeGreaterThan(1);
        String group = columns.getFirst()[0];
        assertThat(columns).allSatisfy(part -> assertThat(part[1]).isEqualTo(group));
        assertThat(columns.getFirst()[2]).isEqualTo("1");
        assertThat(columns.getLast()[3])
                .isEqualTo(db.rows("SELECT line_count FROM files WHERE path = 'ts/src/report/big.ts'")
                        .getFirst());
        assertThat(columns.stream().mapToInt(part -> Integer.parseInt(part[4])).sum())
                .isGreaterThan(2_000);
        assertThat(columns)
                .allSatisfy(part -> assertThat(Integer.parseInt(part[4])).isLessThanOrEqualTo(1024));
        assertThat(db.rows("SELECT count(*) FROM symbols WHERE name = 'buildReport'"))
                .containsExactly("1");
    }

    @Test
    void index_typescriptCalls_resolveToTheirDefinitionsAcrossFiles() {
        assertThat(db.rows(EDGES))
                .contains(
                        LOGIN + ":login -> ts/src/utils/hash.ts:hashPassword calls",
                        LOGIN + ":login -> " + LOGIN + ":validateToken calls",
                        "ts/src/auth/middleware.ts:authGuard -> " + LOGIN + ":validateToken calls",
                        "ts/src/auth/refresh.ts:refreshToken -> " + LOGIN + ":validateToken calls",
                        "ts/src/auth/login.test.ts:ts/src/auth/login.test.ts -> " + LOGIN + ":validateToken calls");
    }

    @Test
    void index_pythonCalls_resolveToFunctionsAndInheritedMethods() {
        String py = USER_SERVICE_PY + ":";
        assertThat(db.rows(EDGES))
                .contains(
                        py + "login -> " + py + "validate_email calls",
                        py + "UserService.create_user -> " + py + "validate_email calls",
                        py + "AdminService.ban_user -> " + py + "UserService.find_user calls",
                        py + "AdminService -> " + py + "UserService inherits",
                        py + "AdminService.__init__ -> " + py + "UserService.__init__ calls",
                        "py/tests/test_user_service.py:test_create_user -> " + py + "UserService.create_user calls");
    }

    @Test
    void index_superInit_neverPointsAtTheCallersOwnInit() {
        assertThat(db.rows(EDGES))
                .doesNotContain(USER_SERVICE_PY + ":AdminService.__init__ -> " + USER_SERVICE_PY
                        + ":AdminService.__init__ calls");
    }

    @Test
    void index_constructionOfAClassWithoutConstructor_isACallOfTheClass() {
        assertThat(db.rows(EDGES))
                .contains(
                        "ts/src/auth/session-store.ts:createSessionStore -> ts/src/auth/session-store.ts:SessionStore"
                                + " calls",
                        "java/src/test/java/com/example/UserServiceTest.java:UserServiceTest.getsUser ->"
                                + " java/src/main/java/com/example/InMemoryUserRepository.java:InMemoryUserRepository calls");
    }

    @Test
    void index_goCalls_resolveToFunctionsAndMethodsTwoHopsFromMain() {
        assertThat(db.rows(EDGES))
                .contains(
                        "go/main.go:main -> go/server.go:NewServer calls",
                        "go/main.go:main -> go/store.go:NewStore calls",
                        "go/main.go:main -> go/server.go:Server.Listen calls",
                        "go/server.go:Server.Listen -> go/server.go:Server.routes calls",
                        "go/server.go:Server.handleListUsers -> go/store.go:Store.ListUsers calls",
                        "go/server_test.go:TestListUsers -> go/server.go:NewServer calls");
    }

    @Test
    void index_javaTypes_recordImplementsAndTheCallThroughTheInterface() {
        String pkg = "java/src/main/java/com/example/";
        assertThat(db.rows(EDGES))
                .contains(
                        pkg + "InMemoryUserRepository.java:InMemoryUserRepository -> " + pkg
                                + "UserRepository.java:UserRepository implements",
                        pkg + "UserService.java:UserService.getUser -> " + pkg
                                + "UserRepository.java:UserRepository.findById calls");
    }

    @Test
    void index_loginImports_areOwnedByTheFileSymbol() {
        assertThat(db.rows(EDGES)).contains(LOGIN + ":" + LOGIN + " -> ts/src/utils/hash.ts:hashPassword imports");
    }

    @Test
    void index_createHmac_staysPendingExternalForTheImportAndTheCall() {
        assertThat(db.rows(
                        "SELECT s.qualified_name, s.kind, p.dst_qualified_name, p.kind, p.reason, p.line"
                                + " FROM pending_edges p JOIN symbols s ON s.id = p.src_symbol_id"
                                + " JOIN files f ON f.id = p.file_id WHERE f.path = ? AND p.dst_name = ? ORDER BY p.line",
                        LOGIN,
                        "createHmac"))
                .containsExactly(
                        LOGIN + "|file|crypto/createHmac|imports|external|1",
                        "validateToken|function|crypto/createHmac|calls|external|10");
        assertThat(db.rows("SELECT count(*) FROM symbols WHERE name = 'createHmac'"))
                .containsExactly("0");
    }

    @Test
    void index_validateTokenChunk_holdsTheStemmedPartsAndTheCompoundInItsSymbolColumn() {
        assertThat(chunksMatching("symbol : valid AND symbol : token AND symbol : validatetoken"))
                .contains(LOGIN + ":validateToken");
    }

    @Test
    void index_loginFile_holdsItsNameInThePathColumn() {
        assertThat(chunksMatching("path : login"))
                .contains(LOGIN + ":header", LOGIN + ":login", LOGIN + ":validateToken");
    }
}
