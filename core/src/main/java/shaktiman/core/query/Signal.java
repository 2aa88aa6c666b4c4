package shaktiman.core.query;

/**
 * One signal of an explain breakdown (MCP-44's {@code Sig}); {@code weight} is renormalised over the available
 * signals of its group, and an unavailable signal has value, weight and contribution 0.
 */
public record Signal(boolean available, double value, double weight, double contribution) {
    /** An unavailable signal. */
    public static final Signal UNAVAILABLE = new Signal(false, 0, 0, 0);
}
