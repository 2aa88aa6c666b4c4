package shaktiman.app.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.googlecode.jsonrpc4j.ErrorResolver;
import com.googlecode.jsonrpc4j.JsonResponse;
import com.googlecode.jsonrpc4j.JsonRpcBasicServer;
import java.lang.reflect.Method;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shaktiman.app.mcp.wire.McpMethods;
import shaktiman.app.protocol.ProtocolErrors;

/**
 * jsonrpc4j's dispatch for one session (MCP-7): takes one request tree that already passed MCP-8's checks, invokes the
 * {@link McpMethods} handler and returns the response tree with the request's own id node, so the id keeps its JSON
 * type and value even where jsonrpc4j would narrow it.
 */
final class RpcDispatcher extends JsonRpcBasicServer {

    private static final Logger LOG = LoggerFactory.getLogger(RpcDispatcher.class);

    private final ObjectMapper mapper;

    RpcDispatcher(ObjectMapper mapper, McpMethods handler) {
        super(mapper, handler, McpMethods.class);
        this.mapper = mapper;
        // Our layer logs failures once, with the session and request id; jsonrpc4j would log them again.
        setShouldLogInvocationErrors(false);
        setErrorResolver(new McpErrorResolver());
    }

    /**
     * Dispatches {@code method} with {@code params} for the request whose id node is {@code id}.
     *
     * @return the response object
     */
    ObjectNode dispatch(JsonNode id, String method, ObjectNode params) {
        ObjectNode request = mapper.createObjectNode();
        request.put("jsonrpc", "2.0");
        request.set("id", id);
        request.put("method", method);
        // The params object travels as the one positional argument (see McpMethods).
        request.putArray("params").add(params);
        JsonResponse response;
        try {
            response = handleJsonNodeRequest(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("jsonrpc4j could not read the parameters of " + method, e);
        }
        if (!(response.getResponse() instanceof ObjectNode answer)) {
            throw new IllegalStateException(
                    "jsonrpc4j gave no response object for " + method + ": " + response.getResponse());
        }
        answer.set("id", id);
        return answer;
    }

    /** Maps our handlers' exceptions to JSON-RPC errors. */
    private static final class McpErrorResolver implements ErrorResolver {
        @Override
        public JsonError resolveError(Throwable thrown, Method method, List<JsonNode> arguments) {
            if (thrown instanceof McpException mcp) {
                return new JsonError(mcp.code(), mcp.getMessage(), mcp.data());
            }
            if (thrown instanceof InterruptedException) {
                // A cancelled call: its answer is never written (MCP-21), so say nothing more.
                return new JsonError(ProtocolErrors.INTERNAL_ERROR, "Internal error: cancelled", null);
            }
            LOG.atError()
                    .setCause(thrown)
                    .addKeyValue("method", method.getName())
                    .log("MCP method failed");
            return new JsonError(ProtocolErrors.INTERNAL_ERROR, "Internal error: " + Reasons.shortReason(thrown), null);
        }
    }
}
