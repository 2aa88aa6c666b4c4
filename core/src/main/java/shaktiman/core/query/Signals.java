package shaktiman.core.query;

import java.util.List;
import java.util.Objects;

/** The five signals of MCP-44's {@code signals} object. */
public record Signals(Signal semantic, Signal lexical, Signal structural, Signal change, Signal session) {
    public Signals {
        Objects.requireNonNull(semantic, "semantic");
        Objects.requireNonNull(lexical, "lexical");
        Objects.requireNonNull(structural, "structural");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(session, "session");
    }

    /** The signals in MCP-44's order. */
    public List<Signal> all() {
        return List.of(semantic, lexical, structural, change, session);
    }
}
