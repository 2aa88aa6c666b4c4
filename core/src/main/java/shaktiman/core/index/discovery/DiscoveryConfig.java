package shaktiman.core.index.discovery;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The configuration values discovery needs, copied out of the app's config so that core depends on no config type.
 *
 * @param maxFileBytes {@code index.max_file_bytes}: larger files are {@code too_large} (IX-5)
 * @param plainText {@code index.plain_text}: whether files with no specific language are indexed as {@code text}
 * @param extensions {@code index.extensions}: extension (without dot, any case) to language id, overriding IX-12's table
 */
public record DiscoveryConfig(long maxFileBytes, boolean plainText, Map<String, String> extensions) {

    /** IX-5's default limit, 1 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 1L << 20;

    /** The largest limit a single read buffer can hold. */
    static final long MAX_READABLE_BYTES = Integer.MAX_VALUE - 16;

    public DiscoveryConfig {
        if (maxFileBytes < 1 || maxFileBytes > MAX_READABLE_BYTES) {
            throw new IllegalArgumentException(
                    "maxFileBytes must be in 1.." + MAX_READABLE_BYTES + ", got " + maxFileBytes);
        }
        Objects.requireNonNull(extensions, "extensions");
        Map<String, String> normalized = new TreeMap<>();
        extensions.forEach((extension, language) -> {
            Objects.requireNonNull(extension, "extensions key");
            Objects.requireNonNull(language, "extensions value for " + extension);
            String key = extension.startsWith(".") ? extension.substring(1) : extension;
            if (key.isEmpty() || language.isBlank()) {
                throw new IllegalArgumentException(
                        "extensions entry must map a non-empty extension to a language id, got " + extension + " = "
                                + language);
            }
            normalized.put(key.toLowerCase(Locale.ROOT), language);
        });
        extensions = Map.copyOf(normalized);
    }

    /** The spec defaults: 1 MiB, plain text on, no extension overrides. */
    public static DiscoveryConfig defaults() {
        return new DiscoveryConfig(DEFAULT_MAX_FILE_BYTES, true, Map.of());
    }
}
