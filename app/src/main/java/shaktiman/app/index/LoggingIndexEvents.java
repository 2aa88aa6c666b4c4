package shaktiman.app.index;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shaktiman.core.index.live.IndexEvents;
import shaktiman.core.index.live.ScanReason;
import shaktiman.core.index.scan.ScanResult;
import shaktiman.core.port.BatchResult;

/** The live index's IX-70 records, as structured SLF4J events with their counts as fields (MI-31). */
public final class LoggingIndexEvents implements IndexEvents {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingIndexEvents.class);

    @Override
    public void scanStarted(ScanReason reason) {
        var event = LOG.atInfo();
        if (reason != ScanReason.STARTUP) {
            event = event.addKeyValue("reason", reason.logName());
        }
        event.log(IndexEvents.title(reason) + " started");
    }

    @Override
    public void scanFinished(ScanReason reason, ScanResult result, long millis) {
        var event = LOG.atInfo()
                .addKeyValue("seen", result.seen())
                .addKeyValue("indexed", result.indexed())
                .addKeyValue("unchanged", result.unchanged())
                .addKeyValue("removed", result.removed())
                .addKeyValue("skipped", result.skipped())
                .addKeyValue("completed", result.completed())
                .addKeyValue("ms", millis);
        if (reason != ScanReason.STARTUP) {
            event = event.addKeyValue("reason", reason.logName());
        }
        event.log(IndexEvents.title(reason) + " finished");
    }

    @Override
    public void batchApplied(int paths, BatchResult result, long millis) {
        LOG.atDebug()
                .addKeyValue("paths", paths)
                .addKeyValue("files", result.filesWritten() + result.filesDeleted() + result.filesRenamed())
                .addKeyValue("written", result.filesWritten())
                .addKeyValue("deleted", result.filesDeleted())
                .addKeyValue("renamed", result.filesRenamed())
                .addKeyValue("transactions", result.transactions())
                .addKeyValue("ms", millis)
                .log("index batch applied");
    }

    @Override
    public void watcherOverflow(String reason) {
        LOG.atWarn().addKeyValue("reason", reason).log("watcher overflow");
    }

    @Override
    public void watcherFailed(String message) {
        LOG.atWarn().addKeyValue("detail", message).log("watcher failed; reconciling every 60 s instead");
    }

    @Override
    public void indexFailed(String operation, RuntimeException error) {
        LOG.atError().setCause(error).addKeyValue("operation", operation).log(operation + " failed");
    }
}
