package shaktiman.core.tools;

/** The role of the process that answers a tool call; only a leader answers (MCP-38). */
public enum DaemonRole {
    LEADER
}
