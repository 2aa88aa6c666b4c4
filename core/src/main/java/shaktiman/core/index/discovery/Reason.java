package shaktiman.core.index.discovery;

/** Why the predicate of IX-1 refuses a path, in the order the predicate checks. */
public enum Reason {
    OUTSIDE_ROOT,
    EXCLUDED,
    IGNORED,
    DUPLICATE_LINK,
    TOO_LARGE,
    BINARY,
    UNREADABLE,
    NO_LANGUAGE;

    /** The spec's name, as stored in {@code skipped_files.reason} and shown by {@code explain}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether a file refused for this reason gets a {@code skipped_files} row (IX-9). Ignored, excluded and
     * language-less paths get none: {@code explain} computes those on demand.
     */
    public boolean recordedAsSkip() {
        return switch (this) {
            case TOO_LARGE, BINARY, UNREADABLE, OUTSIDE_ROOT, DUPLICATE_LINK -> true;
            case EXCLUDED, IGNORED, NO_LANGUAGE -> false;
        };
    }
}
