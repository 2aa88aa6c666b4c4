package shaktiman.app.mcp;

/** Where every tool call that reached a tool goes for the persisted metrics (MCP-47, MCP-48). Thread-safe. */
public interface CallRecorder {

    /** Takes the call's record and returns at once; never blocks the call, and drops the record when it cannot keep it. */
    void record(FinishedCall call);

    /** How many records were dropped because the queue was full (MCP-48; {@code metrics.dropped}, MCP-49). */
    long dropped();

    /** A recorder that keeps nothing and drops nothing, for servers without persisted metrics. */
    static CallRecorder none() {
        return new CallRecorder() {
            @Override
            public void record(FinishedCall call) {}

            @Override
            public long dropped() {
                return 0;
            }
        };
    }
}
