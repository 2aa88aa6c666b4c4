package shaktiman.core.tools;

/**
 * In-memory statistics of one tool (MCP-49): outcomes counted, latency as nearest-rank percentiles of the recent
 * samples, in milliseconds to 0.1.
 */
public record ToolStats(long calls, long errors, long cancelled, double p50Ms, double p95Ms) {

    public ToolStats {
        if (calls < 0 || errors < 0 || cancelled < 0 || errors + cancelled > calls) {
            throw new IllegalArgumentException(
                    "inconsistent counts: calls " + calls + ", errors " + errors + ", cancelled " + cancelled);
        }
        if (!(p50Ms >= 0 && p50Ms <= p95Ms)) {
            throw new IllegalArgumentException("p50Ms must be from 0 to p95Ms; got " + p50Ms + " and " + p95Ms);
        }
    }
}
