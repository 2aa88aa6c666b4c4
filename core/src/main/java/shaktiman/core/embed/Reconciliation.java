package shaktiman.core.embed;

/**
 * What startup reconciliation did (IX-55).
 *
 * @param removed vectors deleted because their id is no longer a chunk
 * @param reset chunks marked embedded whose vector was missing, marked not embedded again
 */
public record Reconciliation(long removed, long reset) {}
