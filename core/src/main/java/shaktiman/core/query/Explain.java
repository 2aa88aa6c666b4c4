package shaktiman.core.query;

import java.util.Objects;

/**
 * MCP-44's breakdown of one score: relevance R, context B, β and the signals, whose contributions sum to the score.
 *
 * @param contextShare β as applied: 0 when every context signal is unavailable
 */
public record Explain(double relevance, double context, double contextShare, Signals signals) {
    public Explain {
        Objects.requireNonNull(signals, "signals");
    }

    /** The score, {@code R × (1 − β + β·B)}, as the sum of the contributions. */
    public double score() {
        double sum = 0;
        for (Signal signal : signals.all()) {
            sum += signal.contribution();
        }
        return sum;
    }
}
