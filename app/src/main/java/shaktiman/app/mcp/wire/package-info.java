/**
 * MCP's JSON envelopes as records (camelCase, as the MCP schema spells them) and the method interface that jsonrpc4j
 * dispatches to. Opened to Jackson and jsonrpc4j, which reflect on it.
 */
package shaktiman.app.mcp.wire;
