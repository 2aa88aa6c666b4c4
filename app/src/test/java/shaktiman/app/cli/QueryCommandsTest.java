package shaktiman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.adapters.store.SqliteIndexStore;
import shaktiman.app.config.Config;
import shaktiman.app.query.QueryAssembly;
import shaktiman.app.query.ToolAnswer;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.port.IndexStore;
import shaktiman.core.query.SessionHistory;
import shaktiman.core.tools.ArgumentOutcome;
import shaktiman.core.tools.ArgumentParser;
import shaktiman.core.tools.ToolCatalog;
import shaktiman.testkit.McpFixture;

/**
 * Verifies the CLI's query commands (MI-39) over the §6 fixture indexed by {@code shaktiman index}: they answer as the
 * tools do, in text and JSON, check their options with MCP-18's parser, and answer {@code summary} and {@code
 * enrichment-status} from the store alone.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class QueryCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path project;

    private static Path root;

    @BeforeAll
    static void index() throws Exception {
        root = project.toRealPath();
        McpFixture.write(root);
        CliRun run = CliRun.run(project, "index", root.toString(), "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
    }

    private static CliRun cli(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--root";
        all[args.length + 1] = root.toString();
        return CliRun.run(project, all);
    }

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void symbols_asJson_equalsTheToolsStructuredContent() throws Exception {
        JsonNode printed = json(cli("symbols", "validateToken", "--format", "json"));

        ToolAnswer tool;
        ProjectLayout layout = ProjectLayout.of(root, CliRun.env(project));
        try (IndexStore store = SqliteIndexStore.openReadOnly(layout.indexDb())) {
            ArgumentOutcome.Valid valid = (ArgumentOutcome.Valid)
                    new ArgumentParser(root).parse(ToolCatalog.symbols(), Map.of("name", "validateToken"));
            tool = QueryAssembly.tools(Config.defaults(), store, Optional::empty)
                    .answer(valid.arguments(), SessionHistory.none(), () -> false);
        }
        assertThat(printed).isEqualTo(tool.structured());
        assertThat(printed.path("definitions").get(0).path("file_path").asText())
                .isEqualTo("ts/src/auth/login.ts");
    }

    @Test
    void search_asText_printsTheToolsTextLines() {
        CliRun run = cli("search", "validate token", "--format", "text");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("results for \"validate token\" (keyword):\nts/src/auth/login.ts:");
        assertThat(run.out()).endsWith("\n");
    }

    @Test
    void search_withMaxAndScope_honoursBoth() throws Exception {
        JsonNode result = json(cli("search", "user", "--max", "3", "--min-score", "0", "--scope", "all"));

        assertThat(result.path("results").size()).isEqualTo(3);
        assertThat(result.path("total_matches").asInt()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void search_withPathOutsideTheProject_isAUsageErrorWithTheToolsMessage() {
        CliRun run = cli("search", "user", "--path", "/etc");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err())
                .startsWith("shaktiman: invalid argument 'path': must be a project-relative path inside the project,"
                        + " without '..'; got \"/etc\"\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void context_asText_startsWithTheBundleHeader() {
        CliRun run = cli("context", "guard", "--budget", "1024", "--format", "text");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("[context] ").contains("authGuard");
    }

    @Test
    void deps_callersOfValidateToken_areTheToolsResults() throws Exception {
        JsonNode result = json(cli("deps", "validateToken", "--direction", "callers", "--depth", "1"));

        assertThat(result.path("roots").size()).isEqualTo(1);
        assertThat(result.path("results").findValuesAsText("name")).contains("authGuard", "refreshToken", "login");
    }

    @Test
    void diff_onTheBaseline_hasNoChanges() throws Exception {
        JsonNode result = json(cli("diff", "--since", "7d"));

        assertThat(result.path("since").asText()).isEqualTo("7d");
        assertThat(result.path("changes").isArray()).isTrue();
        assertThat(result.path("changes").isEmpty()).isTrue();
    }

    @Test
    void summary_fromTheStoreAlone_leavesOutWhatOnlyTheDaemonKnows() throws Exception {
        JsonNode summary = json(cli("summary", "--format", "json"));

        assertThat(summary.path("index_state").asText()).isEqualTo("ready");
        assertThat(summary.path("files").asInt()).isEqualTo(18);
        assertThat(summary.path("test_files").asInt()).isEqualTo(4);
        assertThat(summary.path("embedding").path("circuit_state").asText()).isEqualTo("disabled");
        for (String field : new String[] {"daemon", "metrics", "watcher", "progress", "stale_files", "notice"}) {
            assertThat(summary.has(field)).as(field).isFalse();
        }
    }

    @Test
    void enrichmentStatus_leavesWorkerStateOutOfJsonAndCallsItUnknownInText() throws Exception {
        JsonNode status = json(cli("enrichment-status", "--format", "json"));
        CliRun text = cli("enrichment-status", "--format", "text");

        assertThat(status.path("enabled").asBoolean()).isFalse();
        assertThat(status.path("total_chunks").asLong()).isPositive();
        assertThat(status.has("in_flight") || status.has("circuit_state") || status.has("stale_vectors"))
                .isFalse();
        assertThat(text.out()).contains("\"circuit_state\":\"unknown (daemon state)\"");
    }
}
