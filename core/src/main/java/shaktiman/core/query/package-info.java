/**
 * The query engine (mcp-tools §2.1–2.5, §3): search, context, symbols, dependencies and diff over the read port
 * {@link shaktiman.core.port.IndexReader}, returning typed results that {@code app} renders as MCP output.
 */
package shaktiman.core.query;
