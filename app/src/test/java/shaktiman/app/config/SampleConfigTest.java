package shaktiman.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/** Verifies the sample config: written once with mode 0644, lists every key, and loads cleanly commented or not. */
class SampleConfigTest {

    private static final Pattern KEY_LINE = Pattern.compile("(?m)^# ([a-z_]+ = .*)$");

    @TempDir
    Path dir;

    @Test
    void writeIfMissing_withNoFile_createsItWithMode0644() throws Exception {
        Path file = dir.resolve("shaktiman.toml");

        boolean created = SampleConfig.writeIfMissing(file);

        assertThat(created).isTrue();
        assertThat(Files.readString(file)).isEqualTo(SampleConfig.text());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void writeIfMissing_withExistingFile_leavesItAlone() throws Exception {
        Path file = ConfigFixture.write(dir, "[search]\nmax_results = 7\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        boolean created = SampleConfig.writeIfMissing(file);

        assertThat(created).isFalse();
        assertThat(Files.readString(file)).isEqualTo("[search]\nmax_results = 7\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void writeIfMissing_inMissingDirectory_failsNamingTheFile() {
        Path file = dir.resolve("no-such-dir").resolve("shaktiman.toml");

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> SampleConfig.writeIfMissing(file))
                .withMessageStartingWith("config: cannot write sample config " + file);
    }

    @Test
    void sample_asWritten_loadsWithNoWarningsToTheDefaults() {
        Path file = dir.resolve("shaktiman.toml");
        SampleConfig.writeIfMissing(file);

        LoadedConfig loaded = ConfigLoader.load(file, Map.of(), Map.of());

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.config()).isEqualTo(Config.defaults());
    }

    @Test
    void sample_withEveryKeyUncommented_loadsWithNoWarningsToTheDefaults() {
        String uncommented = KEY_LINE.matcher(SampleConfig.text()).replaceAll("$1");
        Path file = ConfigFixture.write(dir, uncommented);

        LoadedConfig loaded = ConfigLoader.load(file, Map.of(), Map.of());

        assertThat(uncommented).contains("\n[database]\nbackend = \"sqlite\"");
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.config()).isEqualTo(Config.defaults());
    }

    @Test
    void sample_listsEveryKeyOnceUnderItsSectionWithANote() {
        String text = SampleConfig.text();
        String uncommented = KEY_LINE.matcher(text).replaceAll("$1");
        TomlParseResult parsed = Toml.parse(uncommented);

        for (ConfigKey key : ConfigKeys.all()) {
            assertThat(parsed.contains(key.name())).as(key.name()).isTrue();
        }
        long keyLines = text.lines().filter(KEY_LINE.asMatchPredicate()).count();
        assertThat(keyLines).isEqualTo(ConfigKeys.all().size());
        assertThat(text.lines()
                        .filter(KEY_LINE.asMatchPredicate())
                        .filter(line -> !line.matches("# \\w+ = .+  # \\S.*"))
                        .collect(Collectors.toList()))
                .as("key lines without a note")
                .isEmpty();
        assertThat(text).contains("# max_results = 10  # 1-200", "# timeout = \"120s\"", "# backend = \"sqlite\"");
    }
}
