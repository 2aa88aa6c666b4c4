package shaktiman.core.index.scan;

/**
 * How far a scan has come (MI-10): {@code total} is the number of files the walk has accepted so far (final once the
 * walk ends) and {@code done} the number of those whose batch has committed.
 */
@FunctionalInterface
public interface ScanProgress {

    /** Called on the scanning thread after every commit and when the walk's total grows; must not block. */
    void update(long done, long total, boolean walkFinished);

    /** A listener that ignores progress. */
    static ScanProgress none() {
        return (done, total, walkFinished) -> {};
    }
}
