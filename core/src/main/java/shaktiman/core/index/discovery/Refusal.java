package shaktiman.core.index.discovery;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A path the predicate of IX-1 refuses, or a file whose bytes cannot be indexed.
 *
 * @param reason why
 * @param rule the ignore line, default or hard exclude that decided, for {@code ignored} and {@code excluded}
 * @param detail what a person needs to act: the OS message, the link target, the size and the limit
 * @param size the file's size in bytes, for {@code too_large} ({@code skipped_files.size})
 */
public record Refusal(Reason reason, Optional<Rule> rule, Optional<String> detail, OptionalLong size)
        implements Verdict, Content {

    public Refusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(size, "size");
    }

    /** A refusal decided by {@code rule}, with no detail. */
    public static Refusal byRule(Reason reason, Rule rule) {
        return new Refusal(reason, Optional.of(rule), Optional.empty(), OptionalLong.empty());
    }

    /** A refusal explained by {@code detail}. */
    public static Refusal withDetail(Reason reason, String detail) {
        return new Refusal(reason, Optional.empty(), Optional.of(detail), OptionalLong.empty());
    }

    /** IX-5: a file of {@code size} bytes over the limit {@code limit}. */
    public static Refusal tooLarge(long size, long limit) {
        return new Refusal(
                Reason.TOO_LARGE,
                Optional.empty(),
                Optional.of("size " + size + " bytes, limit " + limit),
                OptionalLong.of(size));
    }
}
