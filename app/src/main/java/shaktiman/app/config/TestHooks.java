package shaktiman.app.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The test knobs of {@code SHAKTIMAN_TEST_HOOKS} (MI-57, mcp-tools §6): comma-separated {@code key=value} pairs, absent
 * meaning none. Unknown keys are kept so that the caller can warn about them; each active knob is logged at WARN by
 * whoever starts.
 *
 * @param values the parsed pairs, in the order given
 */
public record TestHooks(Map<String, String> values) {

    /** The environment variable that carries the knobs. */
    public static final String ENV = "SHAKTIMAN_TEST_HOOKS";

    public TestHooks {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
    }

    /** No knobs. */
    public static TestHooks none() {
        return new TestHooks(Map.of());
    }

    /** Parses the variable from {@code env}; blank entries are skipped. */
    public static TestHooks fromEnv(Map<String, String> env) {
        String raw = env.get(ENV);
        if (raw == null || raw.isBlank()) {
            return none();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String entry : raw.split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq < 0) {
                values.put(trimmed, "");
            } else {
                values.put(
                        trimmed.substring(0, eq).strip(),
                        trimmed.substring(eq + 1).strip());
            }
        }
        return new TestHooks(values);
    }

    /** Whether any knob is set. */
    public boolean active() {
        return !values.isEmpty();
    }

    /** A knob's value as milliseconds, empty when absent or not a non-negative integer. */
    public OptionalLong millis(String key) {
        String value = values.get(key);
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            long parsed = Long.parseLong(value);
            return parsed < 0 ? OptionalLong.empty() : OptionalLong.of(parsed);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** {@code toolDelayMs}: a cancellable sleep at the start of every {@code tools/call}. */
    public OptionalLong toolDelayMs() {
        return millis("toolDelayMs");
    }

    /** {@code metricsDelayMs} (mcp-tools §6): a sleep before each batch the metrics writer appends (MCP-48). */
    public OptionalLong metricsDelayMs() {
        return millis("metricsDelayMs");
    }

    /**
     * {@code scanBatchDelayMs} (indexing.md §11): a sleep before each scan batch commits, so that a test can stop, kill
     * or count an index run at a known point; applied by {@code shaktiman.app.index.InstrumentedIndexStore}.
     */
    public OptionalLong scanBatchDelayMs() {
        return millis("scanBatchDelayMs");
    }

    /** {@code indexDelayMs} (mcp-tools §6): a sleep on the index thread before each watcher batch is applied. */
    public OptionalLong indexDelayMs() {
        return millis("indexDelayMs");
    }

    /** {@code embedDelayMs} (mcp-tools §6): a sleep before each embedding batch of the embed worker. */
    public OptionalLong embedDelayMs() {
        return millis("embedDelayMs");
    }

    /** {@code vectorSaveDelayMs} (indexing.md §11): a sleep halfway through writing a vector temp file. */
    public OptionalLong vectorSaveDelayMs() {
        return millis("vectorSaveDelayMs");
    }

    /** {@code embedFailures=<n>} (indexing.md §11): the next n provider calls fail transiently; 0 when absent. */
    public int embedFailures() {
        return (int) Math.min(Integer.MAX_VALUE, millis("embedFailures").orElse(0));
    }

    /**
     * {@code writeFailPath} (indexing.md §11, T-45): the writer throws inside the savepoint of this project-relative
     * path; passed to the store as {@code SqliteIndexStore.Options.withWriteFailPath}. Empty when absent or blank.
     */
    public java.util.Optional<String> writeFailPath() {
        String value = values.get("writeFailPath");
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value);
    }
}
