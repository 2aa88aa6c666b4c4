package shaktiman.app.mcp;

import shaktiman.core.tools.IndexStatus;

/** What the leader tells the MCP layer for {@code summary} and the summary resource (MCP-38, MCP-22). */
public interface SummarySource {

    /** The index's status now; called on a tool-call thread, so it must be thread-safe and not block for long. */
    IndexStatus indexStatus();
}
