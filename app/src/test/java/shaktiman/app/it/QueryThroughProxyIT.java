package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Verifies that the query tools answer alike through a proxy (MI-11) and through the CLI (MI-39): a fresh proxy
 * session gets the leader's answers, and {@code shaktiman symbols}/{@code search --format json} print the tools'
 * structured content.
 */
@DaemonTest(fixture = Fixture.MCP)
@Timeout(value = 240, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class QueryThroughProxyIT {

    /** A call of each tool; search first, so both sessions make it with an empty history. */
    private static final List<Map.Entry<String, Map<String, ?>>> CALLS = List.of(
            Map.entry("search", Map.of("query", "user", "min_score", 0, "max_results", 200, "explain", true)),
            Map.entry("context", Map.of("query", "guard", "budget_tokens", 2048)),
            Map.entry("symbols", Map.of("name", "find")),
            Map.entry("dependencies", Map.of("symbol", "main", "direction", "callees", "depth", 2)),
            Map.entry("diff", Map.of("since", "7d")),
            Map.entry("enrichment_status", Map.of()));

    /** The result without diff's {@code window_start}, the one clock value in a query answer (MCP-4). */
    private static JsonNode comparable(JsonNode result) {
        JsonNode copy = result.deepCopy();
        if (copy.path("structuredContent") instanceof ObjectNode structured && structured.has("window_start")) {
            structured.remove("window_start");
            ((ObjectNode) copy.get("content").get(0)).put("text", structured.toString());
        }
        return copy;
    }

    @Test
    void everyQueryTool_throughAProxy_answersAsTheLeader(Daemons daemons) {
        DaemonProcess leader = daemons.startLeader();
        Summaries.awaitReady(leader.mcp(), Daemons.LEADER_START);
        DaemonProcess proxy = daemons.startProxy();
        ToolCalls direct = new ToolCalls(leader.mcp());
        ToolCalls relayed = new ToolCalls(proxy.mcp());

        for (Map.Entry<String, Map<String, ?>> call : CALLS) {
            JsonNode fromLeader = direct.call(call.getKey(), call.getValue());
            JsonNode fromProxy = relayed.call(call.getKey(), call.getValue());

            assertThat(comparable(fromProxy)).as(call.getKey()).isEqualTo(comparable(fromLeader));
        }
    }

    @Test
    void cliSymbolsAndSearch_asJson_printTheToolsStructuredContent(Daemons daemons) throws Exception {
        DaemonProcess leader = daemons.startLeader();
        Summaries.awaitReady(leader.mcp(), Daemons.LEADER_START);
        ToolCalls tools = new ToolCalls(leader.mcp());
        String root = daemons.root().toString();

        JsonNode search = tools.call("search", Map.of("query", "validate token"));
        CliResult cliSearch = daemons.cli("search", "validate token", "--format", "json", "--root", root);
        CliResult cliSearchText = daemons.cli("search", "validate token", "--format", "text", "--root", root);
        CliResult cliSymbols = daemons.cli("symbols", "validateToken", "--format", "json", "--root", root);

        assertThat(cliSearch.exitCode()).as(cliSearch.toString()).isZero();
        assertThat(McpClient.JSON.readTree(cliSearch.stdout())).isEqualTo(search.path("structuredContent"));
        assertThat(cliSearchText.stdout()).isEqualTo(ToolCalls.text(search) + "\n");
        assertThat(cliSymbols.exitCode()).as(cliSymbols.toString()).isZero();
        assertThat(McpClient.JSON.readTree(cliSymbols.stdout()))
                .isEqualTo(tools.structured("symbols", Map.of("name", "validateToken")));
    }
}
