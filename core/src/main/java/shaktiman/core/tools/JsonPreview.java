package shaktiman.core.tools;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import shaktiman.core.text.JsonString;

/**
 * The {@code <value>} of MCP-18's {@code invalid argument} message: a received argument written back as compact JSON, cut
 * at {@value #LIMIT} code points plus {@code …}. It renders the plain values a JSON library produces for untyped input
 * (String, Integer, Long, BigInteger, Double, Float, BigDecimal, Boolean, List, Map, null), with the escapes of a
 * default JSON writer.
 */
final class JsonPreview {

    /** How many code points of the JSON are shown. */
    static final int LIMIT = 80;

    /** Rendering stops once this many chars are written: enough for {@value #LIMIT} code points and one more. */
    private static final int STOP = 2 * LIMIT + 2;

    private JsonPreview() {}

    static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return cut(out.toString());
    }

    /**
     * {@code text} as the inside of a JSON string literal (line breaks and control characters escaped, so it stays on
     * one line), cut at {@value #LIMIT} code points plus {@code …}; for a received argument name.
     */
    static String inline(String text) {
        StringBuilder out = new StringBuilder();
        quote(text, out);
        return cut(out.substring(1, out.length() - 1));
    }

    private static String cut(String json) {
        if (json.codePointCount(0, json.length()) <= LIMIT) {
            return json;
        }
        return json.substring(0, json.offsetByCodePoints(0, LIMIT)) + "…";
    }

    private static void write(Object value, StringBuilder out) {
        if (out.length() > STOP) {
            return;
        }
        switch (value) {
            case null -> out.append("null");
            case String text -> quote(text, out);
            case Boolean flag -> out.append(flag);
            case Integer number -> out.append(number);
            case Long number -> out.append(number);
            case BigInteger number -> out.append(number);
            case BigDecimal number -> out.append(number);
            case Double number -> out.append(number);
            case Float number -> out.append(number);
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size() && out.length() <= STOP; i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(list.get(i), out);
                }
                out.append(']');
            }
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (out.length() > STOP) {
                        break;
                    }
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    quote(String.valueOf(entry.getKey()), out);
                    out.append(':');
                    write(entry.getValue(), out);
                }
                out.append('}');
            }
            default ->
                throw new IllegalArgumentException(
                        "not a plain JSON value: " + value.getClass().getName());
        }
    }

    private static void quote(String text, StringBuilder out) {
        JsonString.appendQuoted(text, out, STOP);
    }
}
