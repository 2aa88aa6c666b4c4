package shaktiman.app.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The protocol's error lines (MCP-8, MI-19, MI-20), compact JSON built with Jackson, the id echoed with its JSON type
 * ({@code null} when the caller passes null). Each returns the line without its terminator.
 */
public final class ProtocolErrors {

    /** {@code -32700}. */
    public static final int PARSE_ERROR = -32700;
    /** {@code -32600}. */
    public static final int INVALID_REQUEST = -32600;
    /** {@code -32601}. */
    public static final int METHOD_NOT_FOUND = -32601;
    /** {@code -32602}. */
    public static final int INVALID_PARAMS = -32602;
    /** {@code -32603}. */
    public static final int INTERNAL_ERROR = -32603;
    /** {@code -32002}, MCP's resource-not-found. */
    public static final int RESOURCE_NOT_FOUND = -32002;

    private ProtocolErrors() {}

    /** {@code -32700 Parse error}, id null. */
    public static byte[] parseError() {
        return error(null, PARSE_ERROR, "Parse error");
    }

    /** {@code -32600 Invalid Request}. */
    public static byte[] invalidRequest(JsonRpcId id) {
        return error(id, INVALID_REQUEST, "Invalid Request");
    }

    /** {@code -32600 duplicate request id} (MI-20). */
    public static byte[] duplicateRequestId(JsonRpcId id) {
        return error(id, INVALID_REQUEST, "duplicate request id");
    }

    /** {@code -32600 message of <n> bytes exceeds the 64 MiB limit} (MI-19). */
    public static byte[] oversizedMessage(JsonRpcId id, long bytes) {
        return error(id, INVALID_REQUEST, "message of " + bytes + " bytes exceeds the 64 MiB limit");
    }

    /** {@code -32601 Method not found: <method>}. */
    public static byte[] methodNotFound(JsonRpcId id, String method) {
        return error(id, METHOD_NOT_FOUND, "Method not found: " + method);
    }

    /** {@code -32602 Invalid params: <what>}. */
    public static byte[] invalidParams(JsonRpcId id, String what) {
        return error(id, INVALID_PARAMS, "Invalid params: " + what);
    }

    /** {@code -32602 Unknown tool: <name>} with {@code data.available} (MCP-8). */
    public static byte[] unknownTool(JsonRpcId id, String name, List<String> available) {
        Objects.requireNonNull(available, "available");
        return write(id, INVALID_PARAMS, "Unknown tool: " + name, generator -> {
            generator.writeFieldName("data");
            generator.writeStartObject();
            generator.writeFieldName("available");
            generator.writeStartArray();
            for (String tool : available) {
                generator.writeString(tool);
            }
            generator.writeEndArray();
            generator.writeEndObject();
        });
    }

    /** {@code -32002 Resource not found: <uri>}. */
    public static byte[] resourceNotFound(JsonRpcId id, String uri) {
        return error(id, RESOURCE_NOT_FOUND, "Resource not found: " + uri);
    }

    /** {@code -32603 Internal error: <reason>}; the stack trace belongs in the log, never here. */
    public static byte[] internalError(JsonRpcId id, String reason) {
        return error(id, INTERNAL_ERROR, "Internal error: " + reason);
    }

    /** {@code -32603 response exceeds the 64 MiB limit; narrow the request} (MI-19). */
    public static byte[] responseTooLarge(JsonRpcId id) {
        return error(id, INTERNAL_ERROR, "response exceeds the 64 MiB limit; narrow the request");
    }

    /** Any error line, for the messages other parts own (e.g. the proxy's MI-26…MI-29 errors). */
    public static byte[] error(JsonRpcId id, int code, String message) {
        return write(id, code, message, generator -> {});
    }

    private interface Extra {
        void write(JsonGenerator generator) throws IOException;
    }

    private static byte[] write(JsonRpcId id, int code, String message, Extra extra) {
        Objects.requireNonNull(message, "message");
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator generator = JsonText.factory().createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringField("jsonrpc", "2.0");
            generator.writeFieldName("id");
            if (id == null) {
                generator.writeNull();
            } else {
                generator.writeRawValue(id.json());
            }
            generator.writeFieldName("error");
            generator.writeStartObject();
            generator.writeNumberField("code", code);
            generator.writeStringField("message", message);
            extra.write(generator);
            generator.writeEndObject();
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write error " + code + " to memory", e);
        }
        return out.toByteArray();
    }
}
