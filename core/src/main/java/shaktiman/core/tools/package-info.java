/** The MCP tool logic, taking and returning typed values, with no JSON-RPC types. */
package shaktiman.core.tools;
