package shaktiman.app.mcp.wire;

/** The result of {@code initialize} (MCP-12). */
public record InitializeResult(
        String protocolVersion, Capabilities capabilities, ServerInfo serverInfo, String instructions) {

    /**
     * The declared capabilities: tools and resources only, without list-change notifications; the summary resource can
     * be subscribed to (MCP-53).
     */
    public record Capabilities(Tools tools, Resources resources) {

        /** The tools capability. */
        public record Tools(boolean listChanged) {}

        /** The resources capability. */
        public record Resources(boolean subscribe, boolean listChanged) {}

        /** MCP-12's capabilities, with MCP-53's {@code subscribe: true}. */
        public static Capabilities declared() {
            return new Capabilities(new Tools(false), new Resources(true, false));
        }
    }

    /**
     * The server's identity.
     *
     * @param title null before protocol 2025-06-18 (MCP-11)
     */
    public record ServerInfo(String name, String title, String version) {}
}
