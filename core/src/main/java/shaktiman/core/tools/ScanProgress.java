package shaktiman.core.tools;

/**
 * How far the running scan has got (MI-10): {@code filesTotal} files accepted by the walk so far, {@code filesDone} of
 * them committed.
 */
public record ScanProgress(long filesDone, long filesTotal) {

    public ScanProgress {
        if (filesDone < 0 || filesTotal < 0) {
            throw new IllegalArgumentException(
                    "filesDone and filesTotal must not be negative; got " + filesDone + " and " + filesTotal);
        }
    }
}
