package shaktiman.core.index.discovery;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Discovery's part of {@code explain} (IX-69): a path's state, the rule that decided it, a detail and the language. The
 * caller adds the store's part ({@code is_test}, the {@code indexed} block) and may refine {@link PathState#INDEXED}
 * into {@code stale} or {@code write_failed} with {@link #withState}.
 *
 * @param path relative to the root with {@code /}; as given when outside the root
 * @param state the state
 * @param rule the ignore line, default or hard exclude that decided, for {@code ignored} and {@code excluded}
 * @param detail the OS message, the link target, the size and limit, or why the store disagrees
 * @param language the IX-12 language, for a file discovery accepts
 * @param counts for a directory, how many files below it are in each state; empty for anything else
 */
public record Explanation(
        String path,
        PathState state,
        Optional<Rule> rule,
        Optional<String> detail,
        Optional<String> language,
        Optional<Map<PathState, Long>> counts) {

    public Explanation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(language, "language");
        counts = Objects.requireNonNull(counts, "counts").map(Explanation::ordered);
    }

    /** A file discovery accepts, in {@code language}. */
    public static Explanation indexed(String path, String language) {
        return new Explanation(
                path, PathState.INDEXED, Optional.empty(), Optional.empty(), Optional.of(language), Optional.empty());
    }

    /** A path that does not exist. */
    public static Explanation notFound(String path) {
        return new Explanation(
                path, PathState.NOT_FOUND, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A file (or link) refused by {@code refusal}. */
    public static Explanation refused(String path, Refusal refusal) {
        return new Explanation(
                path,
                PathState.of(refusal.reason()),
                refusal.rule(),
                refusal.detail(),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * A directory with the states of the {@code files} below it; {@code refusal} when the directory itself is ignored
     * or excluded, whose state it then takes.
     */
    public static Explanation directory(String path, Optional<Refusal> refusal, Collection<Explanation> files) {
        Map<PathState, Long> counts =
                files.stream().collect(Collectors.groupingBy(Explanation::state, Collectors.counting()));
        return new Explanation(
                path,
                refusal.map(r -> PathState.of(r.reason())).orElse(PathState.DIRECTORY),
                refusal.flatMap(Refusal::rule),
                refusal.flatMap(Refusal::detail),
                Optional.empty(),
                Optional.of(counts));
    }

    /** The rule's machine form, {@code src/.gitignore:3:gen/}, for the JSON output. */
    public Optional<String> ruleSpec() {
        return rule.map(Rule::spec);
    }

    /** Whether this explains a directory. */
    public boolean isDirectory() {
        return counts.isPresent();
    }

    /** This explanation with the state and detail the store decides ({@code stale}, {@code write_failed}). */
    public Explanation withState(PathState newState, Optional<String> newDetail) {
        return new Explanation(path, newState, rule, newDetail, language, counts);
    }

    /** The one-line text form: {@code src/gen/a.ts: not indexed (ignored by src/.gitignore:3 "gen/")}. */
    public String toText() {
        StringBuilder line = new StringBuilder(path).append(": ");
        switch (state) {
            case INDEXED ->
                line.append("indexed").append(language.map(l -> " (" + l + ")").orElse(""));
            case STALE ->
                line.append("stale, disk differs from the index")
                        .append(language.map(l -> " (" + l + ")").orElse(""));
            case NOT_FOUND -> line.append("not found");
            case DIRECTORY -> line.append("directory");
            default -> {
                line.append("not indexed (").append(state.id());
                rule.ifPresent(r -> line.append(" by ").append(r.describe()));
                detail.ifPresent(d -> line.append(": ").append(d));
                line.append(')');
            }
        }
        counts.ifPresent(c -> line.append(state == PathState.DIRECTORY ? " (" : ", directory (")
                .append(c.isEmpty() ? "no files" : describe(c))
                .append(')'));
        return oneLine(line.toString());
    }

    private static String describe(Map<PathState, Long> counts) {
        return counts.entrySet().stream()
                .map(entry -> entry.getKey().id() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String oneLine(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }

    private static Map<PathState, Long> ordered(Map<PathState, Long> counts) {
        EnumMap<PathState, Long> ordered = new EnumMap<>(PathState.class);
        ordered.putAll(counts);
        return Collections.unmodifiableMap(ordered);
    }
}
