package shaktiman.core.tools;

/** The embedding provider's circuit breaker (MCP-39); {@code DISABLED} when embeddings are off. */
public enum CircuitState {
    CLOSED,
    OPEN,
    HALF_OPEN,
    DISABLED
}
