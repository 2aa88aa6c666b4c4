package shaktiman.core.port;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * IX-68's index statistics beyond {@link IndexCounts}, read in the same transaction as the counts so that every number
 * describes one committed snapshot. Maps keep the order the store gives: per-language maps by count descending then
 * name, kinds and reasons by name.
 *
 * @param counts the totals {@code summary} and {@code status} share
 * @param partialFiles files whose parse quality is {@code partial}
 * @param errorFiles files whose parse quality is {@code error} (equals {@code counts.parseErrors()})
 * @param chunksByLanguage chunk count per language id
 * @param edgesByKind resolved edges per kind ({@code calls}, {@code imports}, …)
 * @param pendingEdgesByReason unresolved references per reason ({@code not_found}, {@code ambiguous}, {@code external})
 * @param skippedByReason {@code skipped_files} rows per reason (IX-9)
 * @param embeddedChunks chunks marked embedded
 * @param embedFailedChunks chunks not embedded with at least one failed embedding attempt
 * @param fingerprint the stored index fingerprint (IX-40)
 * @param completedAt {@code full_index_completed_at} of the completion record (IX-41), whatever its fingerprint
 * @param completedFingerprint {@code full_index_fingerprint} of the completion record
 */
public record IndexStatistics(
        IndexCounts counts,
        long partialFiles,
        long errorFiles,
        Map<String, Long> chunksByLanguage,
        Map<String, Long> edgesByKind,
        Map<String, Long> pendingEdgesByReason,
        Map<String, Long> skippedByReason,
        long embeddedChunks,
        long embedFailedChunks,
        Optional<String> fingerprint,
        Optional<String> completedAt,
        Optional<String> completedFingerprint) {

    public IndexStatistics {
        Objects.requireNonNull(counts, "counts");
        chunksByLanguage = copy(chunksByLanguage, "chunksByLanguage");
        edgesByKind = copy(edgesByKind, "edgesByKind");
        pendingEdgesByReason = copy(pendingEdgesByReason, "pendingEdgesByReason");
        skippedByReason = copy(skippedByReason, "skippedByReason");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(completedFingerprint, "completedFingerprint");
    }

    /** Whether the completion record exists for the current fingerprint (MI-10), as {@code fullIndexCompleted()}. */
    public boolean fullIndexCompleted() {
        return completedAt.isPresent() && fingerprint.isPresent() && fingerprint.equals(completedFingerprint);
    }

    private static Map<String, Long> copy(Map<String, Long> map, String name) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(map, name)));
    }
}
