package shaktiman.core.tools;

/** Whether the file watcher keeps the index current (MCP-38). */
public enum WatcherState {
    RUNNING,
    FAILED,
    DISABLED
}
