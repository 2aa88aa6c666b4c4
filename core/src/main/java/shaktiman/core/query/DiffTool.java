package shaktiman.core.query;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import shaktiman.core.port.ChangeRecord;
import shaktiman.core.port.IndexReader;

/**
 * {@code diff} (MCP-35…37): the change records in the window, filtered by path (in the reader) and scope, newest
 * first, with {@code limit} applied last.
 */
final class DiffTool {
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final IndexReader reader;
    private final Predicate<String> isTestPath;

    DiffTool(IndexReader reader, Predicate<String> isTestPath) {
        this.reader = reader;
        this.isTestPath = isTestPath;
    }

    /** An instant as MCP-35 writes it: ISO-8601 UTC with milliseconds, e.g. {@code 2026-05-01T08:00:00.000Z}. */
    static String iso(Instant instant) {
        return ISO_MILLIS.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    DiffResult diff(DiffRequest request, Optional<String> notice, Instant now, Cancellation cancel) {
        Instant windowStart = now.minus(SinceDuration.parse(request.since())).truncatedTo(ChronoUnit.MILLIS);
        List<ChangeRecord> records = reader.changesSince(windowStart, request.path());
        cancel.check("change records");
        List<FileChange> kept = records.stream()
                .filter(record -> ScopeFilter.keeps(request.scope(), isTestPath.test(record.path())))
                .map(DiffTool::change)
                .toList();
        boolean truncated = kept.size() > request.limit();
        return new DiffResult(
                request.since(),
                iso(windowStart),
                notice,
                kept.subList(0, Math.min(kept.size(), request.limit())),
                truncated);
    }

    private static FileChange change(ChangeRecord record) {
        return new FileChange(
                record.path(),
                record.oldPath().isEmpty() ? Optional.empty() : Optional.of(record.oldPath()),
                record.type(),
                record.linesAdded(),
                record.linesRemoved(),
                iso(record.appliedAt()),
                record.symbols());
    }
}
