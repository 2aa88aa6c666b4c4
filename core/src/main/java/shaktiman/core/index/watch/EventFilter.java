package shaktiman.core.index.watch;

import shaktiman.core.index.discovery.DefaultExcludes;

/**
 * Which change events are dropped as they arrive, before the debounce: those under IX-2's hard-excluded directories,
 * except {@code .git/info/exclude} (IX-65). The leader writes its own log, database and WAL under {@code .shaktiman}
 * all the time; if those events entered the debounce map, the quiet interval would never pass and every batch would
 * wait for the 2 s age limit instead.
 */
public final class EventFilter {
    private EventFilter() {}

    /** Whether an event for this root-relative path is dropped. */
    public static boolean dropped(String relativePath) {
        return !relativePath.equals(".git/info/exclude") && DefaultExcludes.underHardExclude(relativePath);
    }
}
