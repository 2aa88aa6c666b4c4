package shaktiman.core.index.live;

import java.util.Locale;

/** Why the live index runs a full scan (IX-70): the startup scan, or a reconciliation for a reason. */
public enum ScanReason {
    /** The startup scan (cold, or catch-up over an existing index). */
    STARTUP,
    /** The watcher lost events or collapsed its map (IX-63). */
    OVERFLOW,
    /** The watcher failed; scans run periodically in its place (IX-62). */
    WATCHER_FAILED;

    /** The {@code reason} field of a {@code reconciliation scan} record: {@code overflow}, {@code watcher_failed}. */
    public String logName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
