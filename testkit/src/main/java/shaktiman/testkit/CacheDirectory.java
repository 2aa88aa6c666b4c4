package shaktiman.testkit;

import java.nio.file.Path;
import java.util.Map;

/** Where a test or benchmark keeps what it fetched at run time: always outside the repository. */
public final class CacheDirectory {

    private CacheDirectory() {}

    /**
     * The directory named by {@code variable} in {@code env} when set and not blank, else {@code $HOME/.cache/<name>};
     * absolute and normalized.
     */
    public static Path fromEnv(Map<String, String> env, String variable, String name) {
        String configured = env.get(variable);
        Path dir = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".cache", name);
        return dir.toAbsolutePath().normalize();
    }
}
