package shaktiman.app.mcp;

import java.util.Objects;
import shaktiman.app.query.QueryTools;
import shaktiman.app.query.ToolAnswer;
import shaktiman.core.query.QueryCancelledException;
import shaktiman.core.tools.ParsedArguments;

/** The work of one tool once its arguments have passed MCP-18's checks. Implementations are thread-safe. */
@FunctionalInterface
interface ToolHandler {

    /**
     * Runs the tool; a failure on valid input is a {@link McpTool.Result.Failure} (MCP-19) or a runtime exception, which
     * the caller turns into one.
     *
     * @throws InterruptedException when the call was cancelled
     */
    McpTool.Result call(ParsedArguments arguments, ToolContext context) throws InterruptedException;

    /**
     * One of the five engine tools, with the session's ranking history and the call's cancellation flag. A store
     * failure propagates, for the caller to answer {@code <tool> failed: <reason>} (MCP-19); a cancelled query ends as
     * an {@link InterruptedException}, so that no response is written (MCP-21).
     */
    static ToolHandler query(QueryTools queries) {
        Objects.requireNonNull(queries, "queries");
        return (arguments, context) -> {
            try {
                return success(queries.answer(arguments, context.history(), context::cancelled));
            } catch (QueryCancelledException e) {
                InterruptedException cancelled =
                        new InterruptedException(arguments.spec().name() + " was cancelled: " + e.getMessage());
                cancelled.initCause(e);
                throw cancelled;
            }
        };
    }

    /** {@code enrichment_status} (MCP-39), from the leader's live status. */
    static ToolHandler enrichmentStatus(SummarySource source) {
        Objects.requireNonNull(source, "source");
        return (arguments, context) -> success(QueryTools.enrichmentStatus(source.enrichmentStatus()));
    }

    private static McpTool.Result success(ToolAnswer answer) {
        return new McpTool.Result.Success(answer.structured(), answer.text(), answer.resultCount());
    }
}
