package shaktiman.core.query;

/** Thrown when a query's cancellation flag was seen set (MCP-21): the call stops and records nothing. */
public final class QueryCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A cancellation noticed at {@code stage}. */
    public QueryCancelledException(String stage) {
        super("query cancelled at " + stage);
    }
}
