package shaktiman.core.text;

/**
 * Writes a string as a JSON string literal, escaping as Jackson does: the one escaper of {@code core}, which has no JSON
 * library (the query echoed in tool texts, MCP-27; argument values in MCP-18's messages).
 */
public final class JsonString {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JsonString() {}

    /** {@code text} as a JSON string literal, quotes included. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        appendQuoted(text, out, Integer.MAX_VALUE);
        return out.toString();
    }

    /**
     * Appends {@code text} as a JSON string literal to {@code out}, but stops escaping characters once {@code out} is
     * longer than {@code stopAt} (for previews that are cut anyway); the closing quote is always written.
     */
    public static void appendQuoted(String text, StringBuilder out, int stopAt) {
        out.append('"');
        for (int i = 0; i < text.length() && out.length() <= stopAt; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
