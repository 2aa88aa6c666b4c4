package shaktiman.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;

/**
 * Writes a result record as MI-38's JSON document: indented 2 spaces, {@code "key": value}, snake_case keys, absent
 * values left out, and a trailing newline.
 */
final class JsonOutput {

    private final ObjectWriter writer;

    JsonOutput() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        this.writer = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .build()
                .writer(printer);
    }

    /** Writes {@code value} and a newline to {@code out}. */
    void write(PrintWriter out, Object value) {
        try {
            out.print(writer.writeValueAsString(value));
            out.print('\n');
            out.flush();
        } catch (JsonProcessingException e) {
            throw new AssertionError("a CLI result record must always serialise: " + value, e);
        }
    }
}
