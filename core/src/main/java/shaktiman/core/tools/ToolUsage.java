package shaktiman.core.tools;

/**
 * One tool's recorded use over a window (MCP-54): rates are fractions of its calls, to 4 decimals; latencies are
 * nearest-rank percentiles in milliseconds to 0.1; the mean response size is in MCP-1 tokens, to 0.1.
 */
public record ToolUsage(
        long calls,
        double errorRate,
        double cancelRate,
        double p50Ms,
        double p95Ms,
        double p99Ms,
        double meanResponseTokens) {

    public ToolUsage {
        if (calls < 1) {
            throw new IllegalArgumentException("a tool's usage needs at least one call; got " + calls);
        }
        if (!(errorRate >= 0 && cancelRate >= 0 && errorRate + cancelRate <= 1.0001)) {
            throw new IllegalArgumentException(
                    "rates must be fractions summing to at most 1; got " + errorRate + " and " + cancelRate);
        }
        if (!(p50Ms >= 0 && p50Ms <= p95Ms && p95Ms <= p99Ms) || !(meanResponseTokens >= 0)) {
            throw new IllegalArgumentException("percentiles must ascend from 0 and the mean be >= 0; got " + p50Ms
                    + ", " + p95Ms + ", " + p99Ms + ", " + meanResponseTokens);
        }
    }
}
