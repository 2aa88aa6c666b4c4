package shaktiman.core.index.discovery;

/** The kinds of ignore file of IX-3, lowest precedence first. */
public enum IgnoreSource {
    /** {@code C/.git/info/exclude}, applying from the root. */
    INFO_EXCLUDE,
    /** A {@code .gitignore}, applying below its directory. */
    GITIGNORE,
    /** A {@code .shaktimanignore}, applying below its directory and overriding every git source. */
    SHAKTIMANIGNORE
}
