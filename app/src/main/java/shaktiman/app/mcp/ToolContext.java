package shaktiman.app.mcp;

import shaktiman.core.query.SessionHistory;
import shaktiman.core.tools.CallMetrics;
import shaktiman.core.tools.DaemonStatus;

/** What a tool may ask about the call it serves. */
interface ToolContext {

    /** The MCP session (connection) id. */
    String sessionId();

    /** Whether the call has been cancelled; long-running tools poll it (MCP-21). */
    boolean cancelled();

    /** The session's ranking history (MCP-43): created with the session, dropped with it (MCP-5). */
    SessionHistory history();

    /** The daemon's live status. */
    DaemonStatus daemonStatus();

    /** MCP-49's metrics, with this connection's stats. */
    CallMetrics metrics();
}
