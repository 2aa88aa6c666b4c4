/**
 * The embedding side of the index (indexing.md §6): the embed worker that drains the database queue, its circuit
 * breaker and vector sanitizer, the deletion of stale vectors after commits, startup reconciliation, the embedding
 * fingerprint, query vectors, and the numbers of {@code enrichment_status}.
 */
package shaktiman.core.embed;
