package shaktiman.core.index.scan;

import java.util.List;
import shaktiman.core.port.BatchResult;

/**
 * What one scan did (IX-70's {@code cold scan finished} fields).
 *
 * @param seen files the walk accepted
 * @param indexed files parsed and written
 * @param unchanged files whose stored size and mtime, or content hash, still matched
 * @param removed stored files the scan no longer found or now refuses (IX-11)
 * @param skipped files recorded in {@code skipped_files} (IX-9)
 * @param completed whether the walk and every batch finished, so the completion record was written (IX-41)
 * @param failures files whose write failed (IX-44)
 */
public record ScanResult(
        long seen,
        long indexed,
        long unchanged,
        long removed,
        long skipped,
        boolean completed,
        List<BatchResult.FileFailure> failures) {

    public ScanResult {
        failures = List.copyOf(failures);
    }
}
