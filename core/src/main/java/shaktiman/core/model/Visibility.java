package shaktiman.core.model;

import java.util.Arrays;
import java.util.Locale;

/** A symbol's visibility (IX-28); {@code is_exported} is true for {@link #PUBLIC} and {@link #EXPORTED}. */
public enum Visibility {
    PUBLIC,
    PRIVATE,
    INTERNAL,
    EXPORTED;

    /** The wire and database name, such as {@code public}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The visibility with this wire name.
     *
     * @throws IllegalArgumentException naming the value and the valid names
     */
    public static Visibility fromWireName(String wireName) {
        for (Visibility visibility : values()) {
            if (visibility.wireName().equals(wireName)) {
                return visibility;
            }
        }
        throw new IllegalArgumentException("unknown visibility " + wireName + "; valid: "
                + Arrays.stream(values()).map(Visibility::wireName).toList());
    }
}
