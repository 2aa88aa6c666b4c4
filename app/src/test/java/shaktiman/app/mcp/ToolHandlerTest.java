package shaktiman.app.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.app.query.FixtureIndex;
import shaktiman.core.query.QueryCancelledException;
import shaktiman.core.query.SessionHistory;
import shaktiman.core.tools.ArgumentOutcome;
import shaktiman.core.tools.ArgumentParser;
import shaktiman.core.tools.CallMetrics;
import shaktiman.core.tools.DaemonStatus;
import shaktiman.core.tools.ParsedArguments;
import shaktiman.core.tools.ToolCatalog;
import shaktiman.core.tools.ToolDefaults;

/** Verifies how a query tool's handler ends a call: a cancelled query as an interrupt (MCP-21), history untouched. */
@Timeout(30)
class ToolHandlerTest {

    private static final FixtureIndex EMPTY = FixtureIndex.empty();

    @AfterAll
    static void close() {
        EMPTY.close();
    }

    private static ParsedArguments searchFor(String query) {
        ArgumentOutcome outcome = new ArgumentParser(SessionHarness.PROJECT_ROOT)
                .parse(ToolCatalog.search(ToolDefaults.STANDARD), Map.of("query", query));
        return ((ArgumentOutcome.Valid) outcome).arguments();
    }

    private static ToolContext context(boolean cancelled, SessionHistory history) {
        return new ToolContext() {
            @Override
            public String sessionId() {
                return "test";
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }

            @Override
            public SessionHistory history() {
                return history;
            }

            @Override
            public DaemonStatus daemonStatus() {
                return DaemonStatus.leader(1, "test", 0, 1);
            }

            @Override
            public CallMetrics metrics() {
                return CallMetrics.empty();
            }
        };
    }

    @Test
    void query_whenTheCallIsCancelled_endsInterruptedAndRecordsNothing() {
        SessionHistory history = SessionHistory.create(java.time.Clock.systemUTC());
        ToolHandler handler = ToolHandler.query(EMPTY.tools());

        assertThatThrownBy(() -> handler.call(searchFor("user"), context(true, history)))
                .isInstanceOf(InterruptedException.class)
                .hasMessageStartingWith("search was cancelled")
                .hasCauseInstanceOf(QueryCancelledException.class);
        assertThat(history.size()).isZero();
    }

    @Test
    void query_whenNotCancelled_succeedsWithTheHitCount() throws Exception {
        ToolHandler handler = ToolHandler.query(EMPTY.tools());

        McpTool.Result result = handler.call(searchFor("user"), context(false, SessionHistory.none()));

        assertThat(result)
                .isInstanceOfSatisfying(
                        McpTool.Result.Success.class,
                        success -> assertThat(success.resultCount()).isZero());
    }
}
