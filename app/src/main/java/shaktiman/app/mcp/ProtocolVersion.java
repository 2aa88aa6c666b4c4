package shaktiman.app.mcp;

import com.fasterxml.jackson.databind.JsonNode;

/** The MCP versions this server speaks (MCP-11), oldest first, and the fields each adds. */
enum ProtocolVersion {
    V2024_11_05("2024-11-05"),
    V2025_03_26("2025-03-26"),
    V2025_06_18("2025-06-18"),
    V2025_11_25("2025-11-25");

    /** Served before {@code initialize} and when the client asks for a version we do not know. */
    static final ProtocolVersion LATEST = V2025_11_25;

    private final String text;

    ProtocolVersion(String text) {
        this.text = text;
    }

    /** MCP-11: echo a supported version, else the latest (unknown, missing or not a string). */
    static ProtocolVersion negotiate(JsonNode requested) {
        if (requested != null && requested.isTextual()) {
            for (ProtocolVersion version : values()) {
                if (version.text.equals(requested.textValue())) {
                    return version;
                }
            }
        }
        return LATEST;
    }

    String text() {
        return text;
    }

    /** Tool {@code annotations}. */
    boolean hasAnnotations() {
        return compareTo(V2025_03_26) >= 0;
    }

    /** Tool {@code title} and {@code outputSchema}, {@code structuredContent}, and server and resource titles. */
    boolean hasTitlesAndStructuredContent() {
        return compareTo(V2025_06_18) >= 0;
    }
}
