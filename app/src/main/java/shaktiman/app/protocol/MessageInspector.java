package shaktiman.app.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Classifies one protocol line by streaming its tokens, never building a tree, so that the leader's session and the
 * proxy's relay judge a message the same way (MCP-8, MI-19, MI-20). Nested values are skipped, not kept. Stateless and
 * thread-safe.
 */
public final class MessageInspector {

    private static final String CANCELLED = "notifications/cancelled";

    private MessageInspector() {}

    /** Classifies {@code line} (one line's bytes, without terminator). */
    public static Inspection inspect(byte[] line) {
        try (JsonParser parser = JsonText.factory().createParser(line)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Inspection.ParseError("no JSON value");
            }
            if (first != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return endsHere(parser) ? new Inspection.NotAnObject(first == JsonToken.START_ARRAY) : trailing();
            }
            Fields fields = readFields(parser);
            return endsHere(parser) ? classify(fields) : trailing();
        } catch (JsonProcessingException e) {
            return new Inspection.ParseError(e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a protocol line from memory", e);
        }
    }

    /**
     * Finds the top-level {@code id} in the first bytes of a line that was cut short (MI-19): a string or an integer
     * that ends inside {@code head}, else null. An integer touching the end of {@code head} may continue past it, so it
     * does not count.
     */
    public static JsonRpcId findTopLevelId(byte[] head) {
        try (JsonParser parser = JsonText.factory().createParser(head)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean isId = "id".equals(parser.currentName());
                JsonToken value = parser.nextToken();
                if (isId) {
                    if (value == JsonToken.VALUE_NUMBER_INT
                            && parser.currentLocation().getByteOffset() >= head.length) {
                        return null;
                    }
                    return idOf(parser, value);
                }
                parser.skipChildren();
            }
            return null;
        } catch (JsonProcessingException e) {
            // The head ends mid-value by construction: no id before the cut means none can be reported.
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a protocol line from memory", e);
        }
    }

    private static Inspection trailing() {
        return new Inspection.ParseError("more than one JSON value on the line");
    }

    private static boolean endsHere(JsonParser parser) throws IOException {
        return parser.nextToken() == null;
    }

    private static final class Fields {
        boolean hasJsonrpc;
        boolean jsonrpcValid;
        boolean hasMethod;
        String method;
        boolean hasId;
        JsonToken idToken;
        JsonRpcId id;
        boolean hasResult;
        boolean hasError;
        JsonRpcId requestId;
    }

    private static Fields readFields(JsonParser parser) throws IOException {
        Fields fields = new Fields();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "jsonrpc" -> {
                    fields.hasJsonrpc = true;
                    fields.jsonrpcValid = value == JsonToken.VALUE_STRING && "2.0".equals(parser.getText());
                }
                case "method" -> {
                    fields.hasMethod = true;
                    fields.method = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                case "id" -> {
                    fields.hasId = true;
                    fields.idToken = value;
                    fields.id = idOf(parser, value);
                }
                case "params" -> fields.requestId = requestIdOf(parser, value);
                case "result" -> fields.hasResult = true;
                case "error" -> fields.hasError = true;
                default -> {}
            }
            parser.skipChildren();
        }
        if (token != JsonToken.END_OBJECT) {
            throw new AssertionError("a JSON object's fields ended with " + token);
        }
        return fields;
    }

    private static JsonRpcId requestIdOf(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            return null;
        }
        JsonRpcId found = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            boolean isRequestId = "requestId".equals(parser.currentName());
            JsonToken inner = parser.nextToken();
            if (isRequestId) {
                found = idOf(parser, inner);
            }
            parser.skipChildren();
        }
        return found;
    }

    private static JsonRpcId idOf(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return JsonRpcId.of(parser.getText());
        }
        if (value == JsonToken.VALUE_NUMBER_INT) {
            return new JsonRpcId(parser.getText());
        }
        return null;
    }

    private static Inspection classify(Fields fields) {
        boolean versionOk = fields.hasJsonrpc && fields.jsonrpcValid;
        if (fields.hasMethod) {
            if (!fields.hasId) {
                if (!versionOk) {
                    return new Inspection.MalformedNotification("jsonrpc is not \"2.0\"");
                }
                if (fields.method == null) {
                    return new Inspection.MalformedNotification("method is not a string");
                }
                return new Inspection.Notification(
                        fields.method, CANCELLED.equals(fields.method) ? fields.requestId : null);
            }
            if (!versionOk) {
                return new Inspection.InvalidRequest(fields.id, "jsonrpc is not \"2.0\"");
            }
            if (fields.method == null) {
                return new Inspection.InvalidRequest(fields.id, "method is not a string");
            }
            if (fields.id == null) {
                return new Inspection.InvalidRequest(null, "id is " + describe(fields.idToken));
            }
            return new Inspection.Request(fields.id, fields.method);
        }
        if (fields.hasResult || fields.hasError) {
            return new Inspection.Response(fields.id, fields.hasError);
        }
        return new Inspection.InvalidRequest(fields.id, "no method, result or error");
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case VALUE_NULL -> "null";
            case VALUE_NUMBER_FLOAT -> "a fractional number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> "not a string or an integer (" + token + ")";
        };
    }
}
