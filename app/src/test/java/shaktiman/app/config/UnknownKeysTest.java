package shaktiman.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifies MI-50 (T-69): unknown keys and sections warn once each, with their line and a near suggestion, and never
 * fail.
 */
class UnknownKeysTest {

    @TempDir
    Path dir;

    /** Scenario 22. */
    @Test
    void misspeltKey_warnsWithLineAndSuggestionAndStillLoads() {
        String toml = """
                # Shaktiman
                #
                [database]
                backend = "sqlite"

                [vector]
                backend = "brute_force"

                [search]
                default_mode = "locate"
                min_score = 0.2
                max_result = 5
                """;

        LoadedConfig loaded = ConfigFixture.load(dir, toml);

        assertThat(loaded.warnings())
                .containsExactly(
                        "config: unknown key \"search.max_result\" (line 12) ignored; did you mean \"search.max_results\"?");
        assertThat(loaded.config().search().maxResults()).isEqualTo(10);
        assertThat(loaded.config().search().minScore()).isEqualTo(0.2);
    }

    @Test
    void unknownSection_warnsOnceWithItsLine() {
        String toml = "[search]\nmax_results = 5\n[foo]\nbar = 1\nbaz = 2\n";

        LoadedConfig loaded = ConfigFixture.load(dir, toml);

        assertThat(loaded.warnings()).containsExactly("config: unknown section \"foo\" (line 3) ignored");
        assertThat(loaded.config().search().maxResults()).isEqualTo(5);
    }

    @Test
    void misspeltSection_suggestsTheSection() {
        assertThat(ConfigFixture.load(dir, "[serch]\nmax_results = 5\n").warnings())
                .containsExactly("config: unknown section \"serch\" (line 1) ignored; did you mean \"search\"?");
    }

    @Test
    void keyFarFromEveryKnownKey_warnsWithoutSuggestion() {
        assertThat(ConfigFixture.load(dir, "[search]\ncolour = \"red\"\n").warnings())
                .containsExactly("config: unknown key \"search.colour\" (line 2) ignored");
    }

    @Test
    void keyAtDistanceTwo_getsSuggestionAndAtDistanceThreeDoesNot() {
        String toml = "[search]\nmax_reslt = 5\nmx_rslt = 5\n";

        assertThat(ConfigFixture.load(dir, toml).warnings())
                .containsExactly(
                        "config: unknown key \"search.max_reslt\" (line 2) ignored; did you mean \"search.max_results\"?",
                        "config: unknown key \"search.mx_rslt\" (line 3) ignored");
    }

    @Test
    void topLevelKey_warnsAsUnknownKey() {
        assertThat(ConfigFixture.load(dir, "verbose = true\n").warnings())
                .containsExactly("config: unknown key \"verbose\" (line 1) ignored");
    }

    @Test
    void dottedUnknownKey_warnsWithItsOwnLine() {
        String toml = "search.max_results = 5\nembedding.threds = 2\n";

        assertThat(ConfigFixture.load(dir, toml).warnings())
                .containsExactly(
                        "config: unknown key \"embedding.threds\" (line 2) ignored; did you mean \"embedding.threads\"?");
    }

    @Test
    void severalUnknowns_warnOnceEachInFileOrder() {
        String toml = """
                [watcher]
                enabld = true
                [zzz]
                a = 1
                [index]
                worker = 2
                """;

        assertThat(ConfigFixture.load(dir, toml).warnings())
                .containsExactly(
                        "config: unknown key \"watcher.enabld\" (line 2) ignored; did you mean \"watcher.enabled\"?",
                        "config: unknown section \"zzz\" (line 3) ignored",
                        "config: unknown key \"index.worker\" (line 6) ignored; did you mean \"index.workers\"?");
    }

    @Test
    void unknownKeyInsideInlineTable_warnsAndTheKnownKeyApplies() {
        LoadedConfig loaded = ConfigFixture.load(dir, "\n\nsearch = { max_results = 5, max_result = 3 }\n");

        assertThat(loaded.config().search().maxResults()).isEqualTo(5);
        assertThat(loaded.warnings())
                .singleElement()
                .asString()
                .startsWith("config: unknown key \"search.max_result\"")
                .endsWith("ignored; did you mean \"search.max_results\"?");
    }

    @Test
    void extensionEntries_areValuesNotUnknownKeys() {
        LoadedConfig loaded = ConfigFixture.load(dir, "[index.extensions]\nh = \"cpp\"\nm = \"c\"\n");

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.config().index().extensions())
                .containsEntry("h", "cpp")
                .containsEntry("m", "c");
    }

    @Test
    void distance_countsInsertionsDeletionsAndSubstitutions() {
        assertThat(Suggestions.distance("search.max_result", "search.max_results"))
                .isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
    }
}
