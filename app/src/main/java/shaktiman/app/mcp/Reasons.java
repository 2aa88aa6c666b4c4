package shaktiman.app.mcp;

/** One-line, bounded failure reasons for answers that must never carry a stack trace (MCP-8, MCP-19). */
final class Reasons {

    static final int MAX_REASON = 300;

    private Reasons() {}

    /** The throwable's message on one line, or its type when it has none. */
    static String shortReason(Throwable thrown) {
        String message = thrown.getMessage();
        String reason = message == null || message.isBlank() ? thrown.getClass().getSimpleName() : message;
        return oneLine(reason, MAX_REASON);
    }

    /** {@code text} with line breaks folded into spaces, cut to {@code max} characters with {@code …}. */
    static String oneLine(String text, int max) {
        String line = text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
