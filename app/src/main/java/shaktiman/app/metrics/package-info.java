/** The persisted tool-call metrics of MCP-47 and MCP-48: the bounded queue and its background writer. */
package shaktiman.app.metrics;
