package shaktiman.app.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The protocol's one Jackson factory, configured so that no library default undercuts the 64 MiB line (MI-19). */
public final class JsonText {

    /**
     * How deep a protocol message may nest. Streaming inspection needs no stack per level; the limit only stops
     * pathological input from reaching code that recurses.
     */
    static final int MAX_NESTING_DEPTH = 100_000;

    private static final JsonFactory FACTORY = newFactory();

    private JsonText() {}

    /** A new factory whose read constraints admit every string, name and document that fits in one line. */
    public static JsonFactory newFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(LineReader.MAX_LINE_BYTES)
                        .maxNameLength(LineReader.MAX_LINE_BYTES)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build())
                .build();
    }

    /** The shared factory; thread-safe. */
    public static JsonFactory factory() {
        return FACTORY;
    }

    static String quote(String value) {
        StringWriter out = new StringWriter(value.length() + 2);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.writeString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot quote a JSON string", e);
        }
        return out.toString();
    }

    static String unquote(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.VALUE_STRING) {
                throw new IllegalArgumentException("not a JSON string: " + json);
            }
            return parser.getText();
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON string: " + json, e);
        }
    }
}
