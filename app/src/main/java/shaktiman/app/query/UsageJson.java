package shaktiman.app.query;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import shaktiman.core.embed.QueryCacheCounts;
import shaktiman.core.tools.ToolUsage;
import shaktiman.core.tools.UsageReport;

/**
 * MCP-54's usage view as JSON, the one rendering of {@code shaktiman stats --format json} and of the resource
 * {@code shaktiman://metrics}: {@code {since, tools: {<tool>: {calls, error_rate, cancel_rate, p50_ms, p95_ms, p99_ms,
 * mean_response_tokens}}}}, to which the leader adds its live {@code strategy} and {@code query_embedding_cache}.
 */
public final class UsageJson {

    private UsageJson() {}

    /** The recorded part: the window and the per-tool figures. */
    public static ObjectNode recorded(UsageReport report) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("since", report.since().toString());
        ObjectNode tools = json.putObject("tools");
        report.tools().forEach((tool, usage) -> tools.set(tool, usage(usage)));
        return json;
    }

    /**
     * The recorded part plus the leader's live counts since {@code liveSince}: searches and contexts answered per
     * strategy, and the query-vector cache's hits and misses.
     */
    public static ObjectNode withLive(
            UsageReport report, String liveSince, Map<String, Long> strategies, QueryCacheCounts cache) {
        ObjectNode json = recorded(report);
        json.put("live_since", liveSince);
        ObjectNode strategy = json.putObject("strategy");
        strategies.forEach(strategy::put);
        ObjectNode cacheJson = json.putObject("query_embedding_cache");
        cacheJson.put("hits", cache.hits());
        cacheJson.put("misses", cache.misses());
        cacheJson.put("hit_ratio", cache.hitRatio());
        return json;
    }

    private static ObjectNode usage(ToolUsage usage) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("calls", usage.calls());
        json.put("error_rate", usage.errorRate());
        json.put("cancel_rate", usage.cancelRate());
        json.put("p50_ms", usage.p50Ms());
        json.put("p95_ms", usage.p95Ms());
        json.put("p99_ms", usage.p99Ms());
        json.put("mean_response_tokens", usage.meanResponseTokens());
        return json;
    }
}
