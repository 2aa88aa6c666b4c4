package shaktiman.app.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies the environment (MI-47, IX-67): {@code SHAKTIMAN_<SECTION>_<KEY>} for every scalar key, then {@code
 * SHAKTIMAN_POSTGRES_URL} and {@code SHAKTIMAN_QDRANT_API_KEY}, which win over the general form of the same key.
 */
final class EnvOverrides {

    static final String PREFIX = "SHAKTIMAN_";

    /** MI-47's two variables and the keys they set. */
    static final Map<String, String> NAMED = Map.of(
            "SHAKTIMAN_POSTGRES_URL", "postgres.connection_string",
            "SHAKTIMAN_QDRANT_API_KEY", "qdrant.api_key");

    /** Variables with a meaning of their own, read elsewhere and never as keys. */
    static final Set<String> OWN_MEANING = Set.of("SHAKTIMAN_LOG_LEVEL", TestHooks.ENV);

    private EnvOverrides() {}

    static void apply(Map<String, String> env, ConfigMerge merge) {
        Map<String, ConfigKey> byEnvName = new LinkedHashMap<>();
        ConfigKeys.all().forEach(key -> byEnvName.put(key.envName(), key));
        List<String> knownNames = new ArrayList<>(byEnvName.keySet());
        knownNames.addAll(new TreeSet<>(NAMED.keySet()));
        // Sorted, so that errors and warnings come out in the same order whatever the map's order.
        for (String name : new TreeSet<>(env.keySet())) {
            if (!name.startsWith(PREFIX) || OWN_MEANING.contains(name) || NAMED.containsKey(name)) {
                continue;
            }
            ConfigKey key = byEnvName.get(name);
            if (key == null) {
                merge.warn("config: unknown environment variable \"" + name + "\" ignored"
                        + Suggestions.didYouMean(name, knownNames));
            } else if (!key.kind().scalar()) {
                merge.warn("config: environment variable \"" + name + "\" ignored: " + key.name()
                        + " is not a single value and can only be set in the config file");
            } else {
                applyOne(name, key, env.get(name), merge);
            }
        }
        for (String name : new TreeSet<>(NAMED.keySet())) {
            String value = env.get(name);
            if (value != null) {
                applyOne(name, ConfigKeys.find(NAMED.get(name)).orElseThrow(), value, merge);
            }
        }
    }

    private static void applyOne(String variable, ConfigKey key, String value, ConfigMerge merge) {
        merge.apply(key, key.kind().fromText(value), keyName -> variable + " (" + keyName + ")");
    }
}
