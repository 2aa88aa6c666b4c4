package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.testkit.McpFixture;

/**
 * Verifies F9 through a real {@code bin/shaktimand} that keeps its own copy of the §6 fixture live: the baseline is no
 * change, and each edit (body-only, signature, new file, deletion, {@code git mv}, test-file edits) becomes the record
 * mcp-tools MCP-36/37 describe; a proxy reads the same records. The edits are applied one by one, each awaited in
 * {@code diff}, all in one test so that one leader serves them.
 */
@DaemonTest(fixture = Fixture.MCP)
@Timeout(value = 240, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DiffIT {

    /** The watcher's debounce plus a batch, on a loaded 2-core CI machine. */
    private static final Duration APPLIED = Duration.ofSeconds(30);

    private static final String REFRESH = "ts/src/auth/refresh.ts";

    /**
     * Polls {@code diff arguments} until it lists {@code count} changes, the newest of {@code newestPath}, and returns
     * them, newest first.
     */
    private static JsonNode awaitChanges(
            ToolCalls tools, Map<String, ?> arguments, int count, String newestPath, String what) {
        return Await.value(
                APPLIED,
                () -> Optional.of(tools.structured("diff", arguments).path("changes"))
                        .filter(changes -> changes.size() >= count
                                && changes.path(0).path("file_path").asText().equals(newestPath)),
                what);
    }

    private static List<String> symbolChanges(JsonNode change) {
        List<String> symbols = new ArrayList<>();
        change.path("symbols")
                .forEach(symbol -> symbols.add(symbol.path("qualified_name").asText() + " "
                        + symbol.path("change").asText()));
        return symbols;
    }

    @Test
    void diff_afterEachKindOfEdit_listsItsRecordNewestFirst(Daemons daemons) throws IOException {
        Path root = daemons.root();
        McpFixture.gitCommitAll(root);
        DaemonProcess leader = daemons.startLeader(FixtureLeader.withEmbeddingsOff(daemons.daemon()));
        Summaries.awaitReady(leader.mcp(), Daemons.LEADER_START);
        ToolCalls tools = new ToolCalls(leader.mcp());

        JsonNode fresh = tools.structured("diff", Map.of());
        JsonNode freshSummary = tools.structured("summary", Map.of());

        McpFixture.raiseHashRounds(root);
        JsonNode bodyOnly = awaitChanges(tools, Map.of(), 1, McpFixture.HASH, "the body-only edit of hash.ts")
                .get(0);
        McpFixture.changeGenerateSaltParameter(root);
        JsonNode signature = awaitChanges(tools, Map.of(), 2, McpFixture.HASH, "the signature edit of hash.ts")
                .get(0);
        McpFixture.addLogout(root);
        JsonNode added = awaitChanges(tools, Map.of(), 3, McpFixture.LOGOUT, "logout.ts added")
                .get(0);
        McpFixture.deleteSessionStore(root);
        JsonNode deleted = awaitChanges(tools, Map.of(), 4, McpFixture.SESSION_STORE, "session-store.ts deleted")
                .get(0);
        McpFixture.gitMoveReport(root);
        JsonNode renamed = awaitChanges(tools, Map.of(), 5, McpFixture.MOVED_REPORT, "big.ts renamed")
                .get(0);
        Path refresh = root.resolve(REFRESH);
        Files.writeString(
                refresh,
                Files.readString(refresh, StandardCharsets.UTF_8).replace("'.refreshed'", "'.renewed'"),
                StandardCharsets.UTF_8);
        awaitChanges(tools, Map.of(), 6, REFRESH, "the impl edit of refresh.ts");
        McpFixture.editTestFiles(root);
        JsonNode all = Await.value(
                APPLIED,
                () -> Optional.of(
                                tools.structured("diff", Map.of("scope", "all")).path("changes"))
                        .filter(changes -> changes.size() >= 9),
                "the three test-file edits");
        JsonNode limited = tools.structured("diff", Map.of("limit", 1));
        DaemonProcess proxy = daemons.startProxy(FixtureLeader.withEmbeddingsOff(daemons.daemon()));
        JsonNode throughProxy = new ToolCalls(proxy.mcp()).structured("diff", Map.of("scope", "all"));
        JsonNode summary = tools.structured("summary", Map.of());
        JsonNode summaryThroughProxy = new ToolCalls(proxy.mcp()).structured("summary", Map.of());
        CliResult cliSummary = daemons.cli("summary", "--format", "json", "--root", root.toString());

        assertThat(fresh.path("changes").isArray()).isTrue();
        assertThat(fresh.path("changes").isEmpty()).isTrue();
        assertThat(bodyOnly.path("file_path").asText()).isEqualTo(McpFixture.HASH);
        assertThat(bodyOnly.path("change_type").asText()).isEqualTo("modify");
        assertThat(bodyOnly.path("lines_added").asInt()).isEqualTo(1);
        assertThat(bodyOnly.path("lines_removed").asInt()).isEqualTo(1);
        assertThat(symbolChanges(bodyOnly)).containsExactly("hashPassword modified");
        assertThat(signature.path("file_path").asText()).isEqualTo(McpFixture.HASH);
        assertThat(symbolChanges(signature)).containsExactly("generateSalt signature_changed");
        assertThat(added.path("file_path").asText()).isEqualTo(McpFixture.LOGOUT);
        assertThat(added.path("change_type").asText()).isEqualTo("add");
        assertThat(symbolChanges(added)).contains("logout added");
        assertThat(deleted.path("file_path").asText()).isEqualTo(McpFixture.SESSION_STORE);
        assertThat(deleted.path("change_type").asText()).isEqualTo("delete");
        assertThat(symbolChanges(deleted)).contains("SessionStore removed", "createSessionStore removed");
        assertThat(symbolChanges(deleted)).allMatch(symbol -> symbol.endsWith(" removed"));
        assertThat(renamed.path("file_path").asText()).isEqualTo(McpFixture.MOVED_REPORT);
        assertThat(renamed.path("change_type").asText()).isEqualTo("rename");
        assertThat(renamed.path("old_path").asText()).isEqualTo(McpFixture.REPORT);
        assertThat(List.of(all.get(0), all.get(1), all.get(2)))
                .extracting(change -> change.path("file_path").asText())
                .containsExactlyInAnyOrder(
                        "ts/src/auth/login.test.ts", "go/server_test.go", "py/tests/test_user_service.py");
        assertThat(all.get(3).path("file_path").asText()).isEqualTo(REFRESH);
        assertThat(limited.path("changes")).hasSize(1);
        assertThat(limited.path("changes").get(0).path("file_path").asText()).isEqualTo(REFRESH);
        assertThat(withoutWindowStart(throughProxy).path("changes")).isEqualTo(all);
        assertThat(freshSummary.has("last_change_at"))
                .as("summary before any change")
                .isFalse();
        assertThat(summary.path("last_change_at").asText())
                .as("summary's last_change_at: the newest record's time, to the second (MCP-38)")
                .isEqualTo(Instant.parse(all.get(0).path("timestamp").asText())
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString());
        assertThat(summaryThroughProxy.path("last_change_at")).isEqualTo(summary.path("last_change_at"));
        assertThat(cliSummary.exitCode()).as(cliSummary.toString()).isZero();
        assertThat(new ObjectMapper().readTree(cliSummary.stdout()).path("last_change_at"))
                .as(cliSummary.stdout())
                .isEqualTo(summary.path("last_change_at"));
    }

    private static JsonNode withoutWindowStart(JsonNode diff) {
        ObjectNode copy = diff.deepCopy();
        copy.remove("window_start");
        return copy;
    }
}
