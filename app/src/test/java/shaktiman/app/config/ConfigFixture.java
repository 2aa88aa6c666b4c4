package shaktiman.app.config;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes real config files into a test's temp dir and loads them, for the config tests of this package. */
final class ConfigFixture {

    private ConfigFixture() {}

    /** Writes {@code toml} to {@code dir/shaktiman.toml} and returns the path. */
    static Path write(Path dir, String toml) {
        Path file = dir.resolve("shaktiman.toml");
        try {
            Files.writeString(file, toml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write test config " + file, e);
        }
        return file;
    }

    /** Loads {@code toml} with no environment and no overrides, every backend present. */
    static LoadedConfig load(Path dir, String toml) {
        return ConfigLoader.load(write(dir, toml), Map.of(), Map.of(), BuildBackends.everything());
    }

    /** Loads with the given environment, every backend present. */
    static LoadedConfig load(Path dir, String toml, Map<String, String> env) {
        return ConfigLoader.load(write(dir, toml), env, Map.of(), BuildBackends.everything());
    }

    /** The messages of the ConfigException that loading {@code toml} must throw. */
    static List<String> errors(Path dir, String toml) {
        return errors(dir, toml, Map.of());
    }

    /** The messages of the ConfigException that loading {@code toml} with {@code env} must throw. */
    static List<String> errors(Path dir, String toml, Map<String, String> env) {
        Path file = write(dir, toml);
        return assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, env, Map.of(), BuildBackends.everything()))
                .actual()
                .messages();
    }
}
