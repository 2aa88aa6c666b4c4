package shaktiman.core.port;

import java.util.Objects;
import shaktiman.core.model.EdgeKind;

/** A resolved edge between two symbols; {@code line} is where the reference is written in the source's file. */
public record EdgeRecord(long sourceId, long targetId, EdgeKind kind, int line) {
    public EdgeRecord {
        Objects.requireNonNull(kind, "kind");
    }
}
