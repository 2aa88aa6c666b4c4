package shaktiman.app.mcp.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.googlecode.jsonrpc4j.JsonRpcMethod;

/**
 * The MCP requests that jsonrpc4j dispatches (MCP-7). Each takes the request's {@code params} object (empty when
 * absent) as its one positional argument, so jsonrpc4j never matches parameters by name. {@code ping} and the
 * notifications are handled before dispatch.
 */
public interface McpMethods {

    @JsonRpcMethod("initialize")
    InitializeResult initialize(ObjectNode params);

    @JsonRpcMethod("tools/list")
    ToolsListResult listTools(ObjectNode params);

    @JsonRpcMethod("tools/call")
    CallToolResult callTool(ObjectNode params) throws InterruptedException;

    @JsonRpcMethod("resources/list")
    ResourcesListResult listResources(ObjectNode params);

    @JsonRpcMethod("resources/read")
    ReadResourceResult readResource(ObjectNode params);

    @JsonRpcMethod("resources/templates/list")
    ResourceTemplatesListResult listResourceTemplates(ObjectNode params);
}
