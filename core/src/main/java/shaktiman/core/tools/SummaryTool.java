package shaktiman.core.tools;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code summary} tool's logic (MCP-38): turns the leader's index status, the daemon's status and the call metrics
 * into one {@link Summary}. Pure and thread-safe.
 */
public final class SummaryTool {

    /** The tool's name. */
    public static final String NAME = "summary";

    private SummaryTool() {}

    /** Assembles the summary. While a scan runs it carries the MI-10 notice and the progress; otherwise neither. */
    public static Summary summarize(IndexStatus status, DaemonStatus daemon, CallMetrics metrics) {
        boolean scanning = status.state() == IndexState.SCANNING;
        ScanProgress progress = scanning ? orZero(status.progress()) : null;
        var counts = status.counts();
        return new Summary(
                status.projectRoot(),
                status.state(),
                scanning ? notice(progress) : null,
                progress,
                counts.files(),
                counts.testFiles(),
                counts.chunks(),
                counts.symbols(),
                counts.edges(),
                ordered(counts.languages()),
                counts.parseErrors(),
                status.staleFiles(),
                iso(status.lastChangeAt()),
                rounded(status.embedding()),
                status.watcher(),
                daemon,
                metrics);
    }

    /** The MI-10 notice, e.g. {@code indexing in progress: 812 of 5,000 files}. */
    public static String notice(ScanProgress progress) {
        return String.format(
                Locale.ROOT, "indexing in progress: %,d of %,d files", progress.filesDone(), progress.filesTotal());
    }

    private static ScanProgress orZero(ScanProgress progress) {
        return progress == null ? new ScanProgress(0, 0) : progress;
    }

    private static Map<String, Long> ordered(Map<String, Long> languages) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(languages.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> result = new LinkedHashMap<>();
        entries.forEach(entry -> result.put(entry.getKey(), entry.getValue()));
        return result;
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static EmbeddingStatus rounded(EmbeddingStatus embedding) {
        // One decimal, as enrichment_status reports its percentage (MCP-39).
        double pct = Math.round(embedding.coveragePct() * 10) / 10.0;
        return new EmbeddingStatus(embedding.enabled(), pct, embedding.circuitState());
    }
}
