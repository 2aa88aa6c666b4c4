package shaktiman.core.query;

import java.util.Objects;

/**
 * A tool answer whose MCP text is not its structured content as JSON ({@code search}, {@code context}, MCP-17).
 *
 * @param result the structured content
 * @param text the compact text of MCP-27 or MCP-31
 */
public record TextAnswer<T>(T result, String text) {
    public TextAnswer {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(text, "text");
    }
}
