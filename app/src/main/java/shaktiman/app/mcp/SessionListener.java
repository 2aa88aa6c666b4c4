package shaktiman.app.mcp;

import java.io.IOException;

/** Told when a session can no longer write: its client is gone (MI-52, MI-54). */
@FunctionalInterface
public interface SessionListener {

    /** Called once, on the thread whose write failed; the session has already stopped accepting lines. */
    void outputFailed(McpSession session, IOException cause);
}
