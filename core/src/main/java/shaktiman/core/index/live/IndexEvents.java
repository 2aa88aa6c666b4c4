package shaktiman.core.index.live;

import java.lang.System.Logger.Level;
import shaktiman.core.index.scan.ScanResult;
import shaktiman.core.port.BatchResult;

/**
 * Where the live index reports what it did, for the IX-70 log records; the leader turns each call into one structured
 * record. Called on the index thread (watcher calls on the watcher's delivery thread); implementations must not block
 * or throw.
 */
public interface IndexEvents {

    /** INFO {@code cold scan started}, or {@code reconciliation scan started} with its reason. */
    void scanStarted(ScanReason reason);

    /** INFO {@code cold scan finished} or {@code reconciliation scan finished}, with the counts and milliseconds. */
    void scanFinished(ScanReason reason, ScanResult result, long millis);

    /** DEBUG {@code index batch applied}: one watcher batch of {@code paths} paths, committed as {@code result}. */
    void batchApplied(int paths, BatchResult result, long millis);

    /** WARN {@code watcher overflow}: events were lost, a reconciliation scan follows. */
    void watcherOverflow(String reason);

    /** WARN: the watcher failed (at registration or later); periodic reconciliation takes its place (IX-62). */
    void watcherFailed(String message);

    /** ERROR: a scan or batch stopped on an error it could not recover from ({@code index_state: error}). */
    void indexFailed(String operation, RuntimeException error);

    /** Events written to {@link System.Logger}, for tests and for callers without structured logging. */
    static IndexEvents systemLogger() {
        System.Logger log = System.getLogger(IndexEvents.class.getName());
        return new IndexEvents() {
            @Override
            public void scanStarted(ScanReason reason) {
                log.log(Level.INFO, title(reason) + " started");
            }

            @Override
            public void scanFinished(ScanReason reason, ScanResult result, long millis) {
                log.log(Level.INFO, title(reason) + " finished: " + result + " in " + millis + " ms");
            }

            @Override
            public void batchApplied(int paths, BatchResult result, long millis) {
                log.log(Level.DEBUG, "index batch applied: " + paths + " paths in " + millis + " ms");
            }

            @Override
            public void watcherOverflow(String reason) {
                log.log(Level.WARNING, "watcher overflow: " + reason);
            }

            @Override
            public void watcherFailed(String message) {
                log.log(Level.WARNING, "watcher failed: " + message);
            }

            @Override
            public void indexFailed(String operation, RuntimeException error) {
                log.log(Level.ERROR, operation + " failed", error);
            }
        };
    }

    /** {@code cold scan} for the startup scan, {@code reconciliation scan} otherwise (IX-70). */
    static String title(ScanReason reason) {
        return reason == ScanReason.STARTUP ? "cold scan" : "reconciliation scan";
    }
}
