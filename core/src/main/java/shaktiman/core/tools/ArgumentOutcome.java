package shaktiman.core.tools;

import java.util.Objects;

/** The outcome of checking a call's arguments against its tool's parameters (MCP-18). */
public sealed interface ArgumentOutcome {

    /** Every argument is acceptable; defaults are applied. */
    record Valid(ParsedArguments arguments) implements ArgumentOutcome {
        public Valid {
            Objects.requireNonNull(arguments, "arguments");
        }
    }

    /** The first problem found, as the exact MCP-18 message, answered with {@code isError}. */
    record Invalid(String message) implements ArgumentOutcome {
        public Invalid {
            Objects.requireNonNull(message, "message");
        }
    }
}
