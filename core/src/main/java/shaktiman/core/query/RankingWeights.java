package shaktiman.core.query;

/**
 * MCP-42's configured weights ({@code ranking.*}): relevance signals semantic and lexical, context signals structural,
 * change and session, and β = {@code ranking.context_share}. A weight of 0 makes its signal unavailable.
 */
public record RankingWeights(
        double semantic, double lexical, double structural, double change, double session, double contextShare) {

    /** The defaults of MCP-42. */
    public static final RankingWeights DEFAULTS = new RankingWeights(0.6, 0.4, 0.4, 0.3, 0.3, 0.3);

    public RankingWeights {
        check("semantic", semantic);
        check("lexical", lexical);
        check("structural", structural);
        check("change", change);
        check("session", session);
        check("contextShare", contextShare);
        if (semantic == 0 && lexical == 0) {
            throw new IllegalArgumentException("the semantic and lexical weights must not both be 0 (MCP-6)");
        }
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " weight must be from 0 to 1, was " + value);
        }
    }
}
