package shaktiman.core.tools;

/** Nearest-rank percentiles, the one definition MCP-49's and MCP-54's latency figures share. */
public final class NearestRank {

    private NearestRank() {}

    /**
     * The position, among {@code size} samples sorted ascending, of the {@code percent}-th percentile: the smallest
     * sample with at least {@code percent} % of the samples at or below it.
     *
     * @throws IllegalArgumentException if {@code size} is not positive or {@code percent} is not in (0, 100]
     */
    public static int index(int size, double percent) {
        if (size < 1) {
            throw new IllegalArgumentException("a percentile needs at least one sample; got " + size);
        }
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent must be in (0, 100]; got " + percent);
        }
        int rank = (int) Math.ceil(percent / 100.0 * size);
        return Math.max(rank, 1) - 1;
    }
}
