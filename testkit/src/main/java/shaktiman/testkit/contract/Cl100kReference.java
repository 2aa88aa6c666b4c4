package shaktiman.testkit.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The MCP-1 reference strings with their cl100k_base counts from OpenAI's tokenizer, read from {@code
 * cl100k-reference.tsv} beside this class; the file's header says how the counts were produced.
 */
public final class Cl100kReference {

    static final String RESOURCE = "cl100k-reference.tsv";

    /** One reference string and the number of tokens the reference tokenizer gives it. */
    public record Entry(String text, int count) {
        public Entry {
            Objects.requireNonNull(text, "text");
            if (count < 0) {
                throw new IllegalArgumentException("count must be >= 0, was " + count);
            }
        }

        @Override
        public String toString() {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            return count + " tokens: " + shown.replace("\n", "\\n").replace("\t", "\\t");
        }
    }

    private Cl100kReference() {}

    /** Every entry of the committed list, in file order. */
    public static List<Entry> entries() {
        try (InputStream in = Cl100kReference.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "missing test resource " + RESOURCE + " beside " + Cl100kReference.class.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test resource " + RESOURCE, e);
        }
    }

    static List<Entry> parse(BufferedReader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(RESOURCE + " line " + lineNumber + ": no tab after the count");
            }
            int count = Integer.parseInt(line.substring(0, tab));
            entries.add(new Entry(unquote(line.substring(tab + 1), lineNumber), count));
        }
        return List.copyOf(entries);
    }

    /** Reads a double-quoted text with the escapes the file header lists; an escaped code point may be a lone surrogate. */
    static String unquote(String quoted, int lineNumber) {
        if (quoted.length() < 2 || quoted.charAt(0) != '"' || quoted.charAt(quoted.length() - 1) != '"') {
            throw new IllegalArgumentException(RESOURCE + " line " + lineNumber + ": text is not in double quotes");
        }
        StringBuilder text = new StringBuilder(quoted.length());
        int end = quoted.length() - 1;
        for (int i = 1; i < end; i++) {
            char c = quoted.charAt(i);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            if (++i >= end) {
                throw new IllegalArgumentException(RESOURCE + " line " + lineNumber + ": dangling backslash");
            }
            switch (quoted.charAt(i)) {
                case '\\' -> text.append('\\');
                case '"' -> text.append('"');
                case 't' -> text.append('\t');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 'u' -> {
                    int close = quoted.indexOf('}', i);
                    if (i + 1 >= end || quoted.charAt(i + 1) != '{' || close < 0 || close >= end) {
                        throw new IllegalArgumentException(RESOURCE + " line " + lineNumber + ": bad \\u{HEX} escape");
                    }
                    int codePoint = Integer.parseInt(quoted.substring(i + 2, close), 16);
                    // appendCodePoint writes a lone surrogate as that single char, which is what the escape means.
                    text.appendCodePoint(codePoint);
                    i = close;
                }
                default ->
                    throw new IllegalArgumentException(
                            RESOURCE + " line " + lineNumber + ": unknown escape \\" + quoted.charAt(i));
            }
        }
        return text.toString();
    }
}
