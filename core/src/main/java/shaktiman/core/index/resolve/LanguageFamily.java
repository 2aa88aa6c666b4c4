package shaktiman.core.index.resolve;

import java.util.List;
import java.util.Set;

/**
 * The language families within which references resolve (IX-30): {typescript, tsx, javascript}, {c, cpp},
 * {java, kotlin, scala}, {ruby, erb}; every other language is a family of its own. A family's id is its first member.
 */
public final class LanguageFamily {
    private static final List<List<String>> FAMILIES = List.of(
            List.of("typescript", "tsx", "javascript"),
            List.of("c", "cpp"),
            List.of("java", "kotlin", "scala"),
            List.of("ruby", "erb"));

    private LanguageFamily() {}

    /** The family id of {@code language}, as stored in {@code pending_edges.family}. */
    public static String of(String language) {
        for (List<String> family : FAMILIES) {
            if (family.contains(language)) {
                return family.getFirst();
            }
        }
        return language;
    }

    /** The languages of the family of {@code language}, itself included. */
    public static Set<String> members(String language) {
        for (List<String> family : FAMILIES) {
            if (family.contains(language)) {
                return Set.copyOf(family);
            }
        }
        return Set.of(language);
    }
}
