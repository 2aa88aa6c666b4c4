package shaktiman.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import shaktiman.core.text.JsonString;

/** MCP-27's compact text of a search result. Pure. */
final class SearchText {
    private SearchText() {}

    /** The no-results text: {@code No results for <q>.}, then the reason sentence when one applies. */
    static String noResults(String query, Optional<String> reason, Optional<String> warning, Optional<String> notice) {
        List<String> lines = new ArrayList<>();
        lines.add("No results for " + JsonString.quote(query) + "."
                + reason.map(r -> " " + r).orElse(""));
        warning.ifPresent(lines::add);
        notice.filter(n -> reason.map(r -> !r.equals(n)).orElse(true)).ifPresent(lines::add);
        return String.join("\n", lines);
    }

    /** The text of a result with hits; {@code omitted} hits were dropped by the output limit (MCP-17). */
    static String render(SearchResult result, SearchMode mode, int omitted) {
        List<String> lines = new ArrayList<>();
        lines.add(header(result));
        for (Hit hit : result.results()) {
            lines.addAll(hitLines(hit, mode));
        }
        result.warning().ifPresent(lines::add);
        result.notice().ifPresent(lines::add);
        if (omitted > 0) {
            lines.add(omittedMarker(omitted));
        }
        return String.join("\n", lines);
    }

    static String header(SearchResult result) {
        int shown = result.results().size();
        String count = shown < result.totalMatches() ? shown + " of " + result.totalMatches() : String.valueOf(shown);
        return count + " results for " + JsonString.quote(result.query()) + " ("
                + result.strategy().wireName() + "):";
    }

    static String omittedMarker(int omitted) {
        return "… " + omitted + " more results omitted (output limit); narrow the query";
    }

    /** The lines of one hit: its line or block, with the {@code why:} line under its first line. */
    static List<String> hitLines(Hit hit, SearchMode mode) {
        List<String> lines = new ArrayList<>();
        String location = hit.filePath() + ":" + hit.startLine() + "-" + hit.endLine();
        Optional<String> name = displayName(hit);
        String kind = hit.kind().wireName();
        String score = "score:" + Scores.text2(hit.score());
        if (mode == SearchMode.FULL) {
            String label = name.map(n -> n + ", " + kind).orElse(kind);
            lines.add("--- " + location + " (" + label + ") " + score + " ---");
            hit.explain().ifPresent(explain -> lines.add(why(explain, hit.matchedTerms(), hit.score())));
            lines.add(hit.content().orElse(""));
            lines.add("");
        } else {
            String label = name.map(n -> n + " (" + kind + ")").orElse("(" + kind + ")");
            lines.add(location + "  " + label + "  " + score + "  ~" + hit.tokens() + " tokens");
            hit.explain().ifPresent(explain -> lines.add(why(explain, hit.matchedTerms(), hit.score())));
        }
        return lines;
    }

    private static Optional<String> displayName(Hit hit) {
        return hit.qualifiedName().or(hit::symbol);
    }

    /**
     * MCP-27's {@code why:} line, from the rounded structured numbers: {@code relevance R = semantic s×w + lexical
     * s×w [terms]; context B = structural s×w + change s×w + session s×w; score R×(1−β+β×B) = score}.
     */
    static String why(Explain explain, List<String> matchedTerms, double score) {
        Signals s = explain.signals();
        String lexical = term("lexical", s.lexical())
                + (s.lexical().available() ? " [" + String.join(" ", matchedTerms) + "]" : "");
        double beta = explain.contextShare();
        return "    why: relevance " + Scores.text2(explain.relevance()) + " = " + term("semantic", s.semantic())
                + " + "
                + lexical + "; context " + Scores.text2(explain.context()) + " = " + term("structural", s.structural())
                + " + " + term("change", s.change()) + " + " + term("session", s.session()) + "; score "
                + Scores.text2(explain.relevance()) + "×(" + Scores.text2(1 - beta) + "+" + Scores.text2(beta) + "×"
                + Scores.text2(explain.context()) + ") = " + Scores.text2(score);
    }

    private static String term(String name, Signal signal) {
        return signal.available()
                ? name + " " + Scores.text2(signal.value()) + "×" + Scores.text2(signal.weight())
                : name + " n/a";
    }
}
