package shaktiman.app.mcp;

/**
 * A JSON-RPC error that a method handler answers with (MCP-8); jsonrpc4j turns it into the error object through
 * {@link RpcDispatcher}.
 */
final class McpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int code;
    private final transient Object data;

    McpException(int code, String message, Object data) {
        super(message);
        this.code = code;
        this.data = data;
    }

    int code() {
        return code;
    }

    Object data() {
        return data;
    }
}
