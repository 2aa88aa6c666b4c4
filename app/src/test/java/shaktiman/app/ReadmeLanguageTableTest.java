package shaktiman.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import shaktiman.core.index.discovery.LanguageDetector;
import shaktiman.core.index.lang.LanguageRules;
import shaktiman.core.index.lang.LanguageTable;
import shaktiman.testkit.corpus.GeneratedCorpus;

/**
 * Verifies that README's "what each language yields" table is the built-in language table (IX-12, IX-15), so that
 * the documentation cannot drift from what the indexer does. On a mismatch the message holds the table to paste.
 */
class ReadmeLanguageTableTest {
    private static final String START = "<!-- languages:start -->\n";
    private static final String END = "<!-- languages:end -->";
    /** README lists the languages in the order of IX-12's table, which testkit's corpus keeps too. */
    private static final List<String> ORDER = GeneratedCorpus.LANGUAGES;

    @Test
    void readmeLanguageTable_equalsBuiltInTable() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        String block = start < 0 || end < start
                ? "(no table between the markers)"
                : readme.substring(start + START.length(), end);

        String expected = render(LanguageTable.builtIn());

        assertThat(block).as("README's language table; expected:%n%s", expected).isEqualTo(expected);
    }

    @Test
    void builtInTable_coversEveryDetectedLanguage() {
        assertThat(LanguageTable.builtIn().languages().keySet()).containsExactlyInAnyOrderElementsOf(ORDER);
        assertThat(new TreeSet<>(LanguageDetector.builtInExtensions().values()))
                .containsExactlyInAnyOrderElementsOf(ORDER);
    }

    private static String render(LanguageTable table) {
        Map<String, String> extensions = LanguageDetector.builtInExtensions();
        StringBuilder out = new StringBuilder();
        out.append("| language | files | chunks | symbols | edges |\n");
        out.append("|---|---|---|---|---|\n");
        for (String language : ORDER) {
            LanguageRules rules = table.rules(language);
            String files = extensions.entrySet().stream()
                    .filter(entry -> entry.getValue().equals(language))
                    .map(entry -> "." + entry.getKey())
                    .sorted()
                    .collect(Collectors.joining(" "));
            if (language.equals("ruby")) {
                files += " Rakefile Gemfile";
            } else if (language.equals("bash")) {
                files += " `#!` sh/bash";
            }
            out.append("| ")
                    .append(language)
                    .append(language.equals("erb") ? " (Ruby inside `<% %>`)" : "")
                    .append(" | ")
                    .append(files)
                    .append(" | ")
                    .append(chunkKinds(rules))
                    .append(" | ")
                    .append(names(rules.symbols().stream()
                            .flatMap(rule -> Stream.of(rule.kind(), rule.inClass()))
                            .filter(Objects::nonNull)
                            .map(Object::toString)
                            .toList()))
                    .append(" | ")
                    .append(names(rules.references().stream()
                            .map(rule -> rule.kind().toString())
                            .toList()))
                    .append(" |\n");
        }
        out.append("| text (any other text file) | everything else that is not binary | header, block (split at blank"
                + " lines and Markdown headings) | file | — |\n");
        return out.toString();
    }

    private static String chunkKinds(LanguageRules rules) {
        if (rules.grammar().equals("ruby") && rules.languageId().equals("erb")) {
            return "header, block (template text; IX-17)";
        }
        List<String> kinds = rules.units().stream()
                .flatMap(rule -> Stream.of(rule.kind(), rule.inClass()))
                .filter(Objects::nonNull)
                .map(Object::toString)
                .toList();
        return "header, " + names(kinds) + ", block";
    }

    private static String names(Collection<String> values) {
        return values.isEmpty()
                ? "—"
                : String.join(
                        ", ",
                        new TreeSet<>(values)
                                .stream()
                                        .map(v -> v.toLowerCase(java.util.Locale.ROOT))
                                        .toList());
    }
}
