/**
 * The leader's live index (IX-62 … IX-66): one index thread that runs the startup scan, applies the watcher's batches
 * path by path, and reconciles after an overflow or a failed watcher, with a snapshot of its activity for
 * {@code summary} and the MI-10 notice.
 */
package shaktiman.core.index.live;
