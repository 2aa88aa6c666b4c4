package shaktiman.app.cli.output;

import java.util.LinkedHashMap;
import java.util.Map;
import shaktiman.core.index.discovery.Explanation;

/**
 * The JSON form of {@code explain} (IX-69): {@code {path, state, rule?, detail?, language?, counts?}}; absent fields are
 * left out (MCP-3).
 */
public record ExplainReport(
        String path, String state, String rule, String detail, String language, Map<String, Long> counts) {

    /** The report of one explanation. */
    public static ExplainReport of(Explanation explanation) {
        Map<String, Long> counts = explanation
                .counts()
                .map(c -> {
                    Map<String, Long> byId = new LinkedHashMap<>();
                    c.forEach((state, n) -> byId.put(state.id(), n));
                    return byId;
                })
                .orElse(null);
        return new ExplainReport(
                explanation.path(),
                explanation.state().id(),
                explanation.ruleSpec().orElse(null),
                explanation.detail().orElse(null),
                explanation.language().orElse(null),
                counts);
    }
}
