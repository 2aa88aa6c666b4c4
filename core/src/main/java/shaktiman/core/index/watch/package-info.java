/** The watcher's delivery half: the debounce map of IX-63 and the single thread that hands its batches out. */
package shaktiman.core.index.watch;
