package shaktiman.core.index.discovery;

import java.util.Objects;

/**
 * The ignore line that decided a path: the last matching line of the highest-precedence file that has one, or the line
 * that excluded one of the path's parent directories.
 *
 * @param rule the deciding line
 * @param source the kind of file it is in
 * @param negated whether the line starts with {@code !}, that is, re-includes
 */
public record IgnoreMatch(Rule.IgnoreLine rule, IgnoreSource source, boolean negated) {

    public IgnoreMatch {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(source, "source");
    }

    /** Whether the path is ignored: the deciding line is not a negation. */
    public boolean ignored() {
        return !negated;
    }

    /** Whether a {@code .shaktimanignore} {@code !} line re-includes the path, lifting IX-4's default excludes. */
    public boolean reincludedByShaktimanignore() {
        return negated && source == IgnoreSource.SHAKTIMANIGNORE;
    }
}
