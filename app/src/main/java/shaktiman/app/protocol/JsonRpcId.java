package shaktiman.app.protocol;

import java.util.Objects;

/**
 * A JSON-RPC request id as its compact JSON text, so that its type survives: {@code 1} and {@code "1"} are different
 * ids (MI-20). Only strings and integers are ids; the text is canonical (a string is re-escaped by Jackson, an integer
 * is its digits), so two spellings of one string id compare equal.
 *
 * @param json the id's JSON text, e.g. {@code 7} or {@code "shaktiman-proxy:1"}
 */
public record JsonRpcId(String json) {

    public JsonRpcId {
        Objects.requireNonNull(json, "json");
        if (json.isEmpty()) {
            throw new IllegalArgumentException("json must not be empty");
        }
        char first = json.charAt(0);
        if (first != '"' && first != '-' && (first < '0' || first > '9')) {
            throw new IllegalArgumentException("json must be a JSON string or integer; got " + json);
        }
    }

    /** An integer id. */
    public static JsonRpcId of(long value) {
        return new JsonRpcId(Long.toString(value));
    }

    /** A string id. */
    public static JsonRpcId of(String value) {
        return new JsonRpcId(JsonText.quote(value));
    }

    /** Whether the id is a JSON string (else an integer). */
    public boolean isString() {
        return json.charAt(0) == '"';
    }

    /** The decoded value of a string id, e.g. to test the {@code shaktiman-proxy:} prefix (MI-24). */
    public String stringValue() {
        if (!isString()) {
            throw new IllegalStateException("id " + json + " is an integer, not a string");
        }
        return JsonText.unquote(json);
    }

    @Override
    public String toString() {
        return json;
    }
}
