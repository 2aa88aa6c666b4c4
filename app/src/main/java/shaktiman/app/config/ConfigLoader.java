package shaktiman.app.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Loads the configuration (MI-47…51, IX-67): built-in defaults, then the TOML file if it exists, then the environment,
 * then CLI overrides. Every value is checked, then the cross-field rules; all problems are reported together.
 */
public final class ConfigLoader {

    private ConfigLoader() {}

    /**
     * Loads and checks the configuration against the backends of {@link BuildBackends#current()}.
     *
     * @param configFile {@code S/shaktiman.toml}; it may be absent
     * @param env the process environment ({@code System.getenv()})
     * @param cliOverrides dotted key to value as text, from the {@code index}/{@code reindex} flags (e.g. {@code
     *     vector.backend}); empty elsewhere
     * @return the configuration and the warnings to print and log
     * @throws ConfigException listing every problem, one line each
     * @throws IllegalArgumentException if a CLI override names no key or a key that is not a single value (a bug in
     *     the caller, not a user error)
     */
    public static LoadedConfig load(Path configFile, Map<String, String> env, Map<String, String> cliOverrides) {
        return load(configFile, env, cliOverrides, BuildBackends.current());
    }

    /** As {@link #load(Path, Map, Map)}, checking IX-61's availability against {@code build}. */
    public static LoadedConfig load(
            Path configFile, Map<String, String> env, Map<String, String> cliOverrides, BuildBackends build) {
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(cliOverrides, "cliOverrides");
        Objects.requireNonNull(build, "build");
        checkOverrideKeys(cliOverrides);

        ConfigMerge merge = new ConfigMerge();
        TomlConfigFile.read(configFile, merge);
        EnvOverrides.apply(env, merge);
        applyOverrides(cliOverrides, merge);

        List<String> errors = new ArrayList<>(merge.errors());
        errors.addAll(CrossFieldRules.check(merge.values(), merge.invalid(), build));
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        return new LoadedConfig(Config.from(merge.values()), merge.warnings());
    }

    private static void checkOverrideKeys(Map<String, String> cliOverrides) {
        for (String name : cliOverrides.keySet()) {
            ConfigKey key = ConfigKeys.find(name)
                    .orElseThrow(() -> new IllegalArgumentException("CLI override names no config key: " + name));
            if (!key.kind().scalar()) {
                throw new IllegalArgumentException("CLI override of a key that is not a single value: " + name);
            }
        }
    }

    /** In catalogue order, so that messages do not depend on the map's order. */
    private static void applyOverrides(Map<String, String> cliOverrides, ConfigMerge merge) {
        for (ConfigKey key : ConfigKeys.all()) {
            String value = cliOverrides.get(key.name());
            if (value != null) {
                merge.apply(key, key.kind().fromText(value), name -> name + " (from the command line)");
            }
        }
    }
}
