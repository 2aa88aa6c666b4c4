package shaktiman.app.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quality benchmark's baseline (issue #4, acceptance 2): files ranked by how often they contain the query's words,
 * as a developer's {@code grep -ciw} would. A file's score is the sum over the query's distinct non-stop words of that
 * word's case-insensitive whole-word occurrences in the file; files scoring 0 are left out, ties go to the smaller
 * path. Words are maximal runs of letters, digits and {@code _}, so {@code trim} does not match {@code trimResults}.
 */
final class GrepBaseline {

    /** The English function words the engine's analyzer drops from queries (MCP-40 rule 5), dropped here too. */
    static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "do", "does", "for", "from", "how", "in", "is", "it", "of",
            "on", "or", "the", "this", "that", "to", "what", "when", "where", "which", "who", "why", "with");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    /** Whole-word counts per file, by lower-cased word. */
    private final Map<String, Map<String, Integer>> countsByFile = new HashMap<>();

    /** A baseline over {@code contents}, by project-relative path. */
    GrepBaseline(Map<String, String> contents) {
        contents.forEach((path, text) -> {
            Map<String, Integer> counts = new HashMap<>();
            Matcher words = WORD.matcher(text);
            while (words.find()) {
                counts.merge(words.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            countsByFile.put(path, counts);
        });
    }

    /** The query's distinct words, lower-cased, less the stop words, in query order. */
    static List<String> words(String query) {
        Set<String> words = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(query);
        while (matcher.find()) {
            String word = matcher.group().toLowerCase(Locale.ROOT);
            if (!STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }

    /** The best {@code k} files for {@code query}, best first. */
    List<String> rank(String query, int k) {
        List<String> words = words(query);
        record Scored(String path, long score) {}
        List<Scored> scored = new ArrayList<>();
        countsByFile.forEach((path, counts) -> {
            long score = 0;
            for (String word : words) {
                score += counts.getOrDefault(word, 0);
            }
            if (score > 0) {
                scored.add(new Scored(path, score));
            }
        });
        return scored.stream()
                .sorted(Comparator.comparingLong(Scored::score).reversed().thenComparing(Scored::path))
                .limit(k)
                .map(Scored::path)
                .toList();
    }
}
