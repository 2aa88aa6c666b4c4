package shaktiman.core.model.index;

import java.util.Objects;

/** Validation shared by the write model's records. */
final class Hashes {
    private Hashes() {}

    /** Checks that {@code value} is a SHA-256 as the index stores it: 64 lowercase hex characters. */
    static String requireSha256(String value, String argument) {
        Objects.requireNonNull(value, argument);
        if (value.length() != 64 || !value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException(
                    argument + " must be 64 lowercase hex characters (SHA-256), was \"" + value + "\"");
        }
        return value;
    }

    /** Checks a stored path: relative to the root, {@code /}-separated, not empty (MCP-2). */
    static String requirePath(String path) {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
            throw new IllegalArgumentException(
                    "path must be relative to the project root and use '/', was \"" + path + "\"");
        }
        return path;
    }

    static String requireNotBlank(String value, String argument) {
        Objects.requireNonNull(value, argument);
        if (value.isBlank()) {
            throw new IllegalArgumentException(argument + " must not be blank");
        }
        return value;
    }
}
