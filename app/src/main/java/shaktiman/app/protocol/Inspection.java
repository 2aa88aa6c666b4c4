package shaktiman.app.protocol;

import java.util.Objects;

/**
 * What one protocol line is, as {@link MessageInspector} classified it (MCP-8, MCP-9, MI-20). Ids keep their JSON type.
 */
public sealed interface Inspection {

    /** The line is not JSON, or holds more than one JSON value: answered {@code -32700} with a null id. */
    record ParseError(String reason) implements Inspection {}

    /**
     * Valid JSON that is not an object: a batch array or a scalar. Answered {@code -32600} with a null id.
     *
     * @param batch whether it was an array
     */
    record NotAnObject(boolean batch) implements Inspection {}

    /**
     * An object carrying an id (or no method) that is not a valid request: answered {@code -32600}.
     *
     * @param id the id to echo when it could be read (a string or an integer), else null
     * @param reason what was wrong, for the log only
     */
    record InvalidRequest(JsonRpcId id, String reason) implements Inspection {
        public InvalidRequest {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A well-formed request.
     *
     * @param id its id, a string or an integer
     * @param method its method
     */
    record Request(JsonRpcId id, String method) implements Inspection {
        public Request {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(method, "method");
        }
    }

    /**
     * A well-formed notification (a method and no id); never answered (MCP-9).
     *
     * @param method its method
     * @param cancelledRequestId for {@code notifications/cancelled}, {@code params.requestId} when it is a string or an
     *     integer; else null
     */
    record Notification(String method, JsonRpcId cancelledRequestId) implements Inspection {
        public Notification {
            Objects.requireNonNull(method, "method");
        }
    }

    /**
     * A message without an id that has a method but is not a valid notification; never answered (MCP-9).
     *
     * @param reason what was wrong, for the log only
     */
    record MalformedNotification(String reason) implements Inspection {}

    /**
     * A response: {@code result} or {@code error} and no method.
     *
     * @param id its id, or null when it was null or not a string or integer
     * @param error whether it carries {@code error}
     */
    record Response(JsonRpcId id, boolean error) implements Inspection {}
}
