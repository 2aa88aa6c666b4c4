package shaktiman.core.query;

import java.util.Objects;
import shaktiman.core.port.IndexReader.TestScope;

/**
 * A validated {@code diff} call (MCP-35).
 *
 * @param since the duration as given, e.g. {@code 1h30m}; it must pass {@link SinceDuration#parse}
 * @param path the project-relative path filter (MCP-24), empty for the whole project
 */
public record DiffRequest(String since, int limit, String path, TestScope scope) {

    public DiffRequest {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(scope, "scope");
        SinceDuration.parse(since);
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be from 1 to 500, was " + limit);
        }
    }
}
