package shaktiman.core.tools;

/** The index's health as {@code summary} reports it (MCP-38): a scan runs, the last scan failed, or neither. */
public enum IndexState {
    SCANNING,
    READY,
    ERROR
}
