package shaktiman.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import shaktiman.core.index.scan.ScanProgress;

/**
 * MI-44's progress on stderr: on a terminal one line redrawn at most 10 times a second, otherwise one line at each 10 %
 * step and at 100 %. The ETA is left out until there are 2 s of data.
 */
final class ProgressPrinter implements ScanProgress {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long ETA_AFTER_NANOS = 2_000_000_000L;
    private static final int BAR = 16;

    private final PrintWriter err;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastDraw;
    private int lastStep = -1;

    ProgressPrinter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void update(long done, long total, boolean walkFinished) {
        if (!walkFinished || total <= 0) {
            return;
        }
        long now = System.nanoTime();
        int percent = (int) Math.min(100, done * 100 / total);
        double elapsed = (now - started) / 1e9;
        double rate = elapsed > 0 ? done / elapsed : 0;
        String eta = now - started >= ETA_AFTER_NANOS && rate > 0 ? eta((total - done) / rate) : null;
        if (terminal) {
            if (now - lastDraw < REDRAW_NANOS && done < total) {
                return;
            }
            lastDraw = now;
            int filled = (int) (BAR * done / total);
            err.print(String.format(
                    Locale.ROOT,
                    "\rIndexing [%s%s] %,d/%,d files %d%% %,d files/s%s",
                    "#".repeat(filled),
                    "-".repeat(BAR - filled),
                    done,
                    total,
                    percent,
                    Math.round(rate),
                    eta == null ? "" : " ETA " + eta));
            if (done >= total) {
                err.println();
            }
        } else {
            int step = percent / 10;
            if (step == lastStep) {
                return;
            }
            lastStep = step;
            err.println(String.format(
                    Locale.ROOT,
                    "Indexing: %d%% (%,d/%,d files, %,d files/s%s)",
                    step * 10,
                    done,
                    total,
                    Math.round(rate),
                    eta == null ? "" : ", ETA " + Math.round(Math.ceil(etaSeconds(total - done, rate))) + "s"));
        }
        err.flush();
    }

    private static double etaSeconds(long remaining, double rate) {
        return remaining / rate;
    }

    private static String eta(double seconds) {
        long s = Math.round(Math.ceil(seconds));
        return s / 60 + ":" + String.format(Locale.ROOT, "%02d", s % 60);
    }
}
