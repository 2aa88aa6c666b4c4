package shaktiman.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/**
 * One line of {@code S/shaktimand.log} (MI-31): a JSON object with {@code time level logger msg pid role} and event
 * fields. {@code json} is null when the line is not JSON, which MI-31 forbids and tests may assert.
 */
record LogRecord(String raw, JsonNode json) {

    String msg() {
        return text("msg");
    }

    String level() {
        return text("level");
    }

    String role() {
        return text("role");
    }

    long pid() {
        return json != null && json.path("pid").canConvertToLong()
                ? json.path("pid").asLong()
                : -1;
    }

    /** Whether the record comes from {@code pid} and its {@code msg} contains {@code text}. */
    boolean is(long pid, String text) {
        return pid() == pid && msg().contains(text);
    }

    /** Whether any textual field (msg or an event field) contains {@code text}. */
    boolean mentions(String text) {
        if (json == null) {
            return raw.contains(text);
        }
        for (Iterator<JsonNode> values = json.elements(); values.hasNext(); ) {
            JsonNode value = values.next();
            if (value.isValueNode() && value.asText().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private String text(String field) {
        return json == null ? "" : json.path(field).asText("");
    }
}
