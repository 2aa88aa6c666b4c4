package shaktiman.app.config;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" for MI-50: the first candidate within Levenshtein distance 2 of a misspelt name. */
final class Suggestions {

    static final int MAX_DISTANCE = 2;

    private Suggestions() {}

    /** The closest candidate within {@link #MAX_DISTANCE}; ties go to the earliest candidate. */
    static Optional<String> closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String candidate : candidates) {
            int distance = distance(name, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Suffix for a warning: {@code ; did you mean "x"?}, or empty. */
    static String didYouMean(String name, Collection<String> candidates) {
        return closest(name, candidates)
                .map(c -> "; did you mean \"" + c + "\"?")
                .orElse("");
    }

    /** Levenshtein distance (insert, delete, substitute, each 1), with two rolling rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
