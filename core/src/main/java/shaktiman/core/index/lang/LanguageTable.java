package shaktiman.core.index.lang;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The per-language grammar table of IX-15, loaded from the checked-in resource {@value #RESOURCE} (its header
 * describes the format). Its {@code version} is part of the index fingerprint (IX-40).
 *
 * @param version the table's version; raise it with every change to the resource
 * @param languages language id → rules
 */
public record LanguageTable(int version, Map<String, LanguageRules> languages) {

    /** The resource, relative to this class. */
    public static final String RESOURCE = "languages.tsv";

    public LanguageTable {
        if (version < 1) {
            throw new IllegalArgumentException("language table version must be positive: " + version);
        }
        languages = Map.copyOf(languages);
    }

    /**
     * Loads the built-in table.
     *
     * @throws IllegalStateException naming the line when the resource is malformed (a build defect)
     */
    public static LanguageTable builtIn() {
        try (InputStream in = LanguageTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from shaktiman.core");
            }
            return parse(new String(in.readAllBytes(), UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }

    /**
     * Parses a table in the resource's format.
     *
     * @param origin names the source in error messages
     * @throws IllegalStateException naming the origin, line and problem when the text is malformed
     */
    public static LanguageTable parse(String text, String origin) {
        return new LanguageTableParser(origin).parse(text);
    }

    /**
     * The rules for {@code languageId}.
     *
     * @throws NoSuchElementException naming the language and the known ones
     */
    public LanguageRules rules(String languageId) {
        Objects.requireNonNull(languageId, "languageId");
        LanguageRules rules = languages.get(languageId);
        if (rules == null) {
            throw new NoSuchElementException(
                    "no language table row for " + languageId + "; known: " + new TreeSet<>(languages.keySet()));
        }
        return rules;
    }
}
