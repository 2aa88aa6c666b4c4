package shaktiman.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Verifies core's one JSON string escaper: Jackson's escapes, and the early stop that previews use. */
class JsonStringTest {

    @Test
    void quote_escapesAsJson() {
        assertThat(JsonString.quote("a\"b\\c\nd\u0001é\u001f")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001é\\u001F\"");
    }

    @Test
    void appendQuoted_pastItsStop_writesNoMoreCharactersButTheClosingQuote() {
        StringBuilder out = new StringBuilder("x=");

        JsonString.appendQuoted("abcdef", out, 4);

        assertThat(out).hasToString("x=\"ab\"");
    }
}
