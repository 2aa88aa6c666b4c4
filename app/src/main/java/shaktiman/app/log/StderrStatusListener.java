package shaktiman.app.log;

import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import java.io.PrintStream;

/**
 * Prints Logback's own warnings and errors to stderr. Having a listener installed also stops Logback from printing its
 * start-up problems with {@code StatusPrinter}, which writes to {@code System.out}, the MCP channel.
 */
final class StderrStatusListener implements StatusListener {
    @Override
    public void addStatusEvent(Status status) {
        if (status.getEffectiveLevel() >= Status.WARN) {
            PrintStream err = System.err;
            err.println("shaktiman: logging: " + status.getMessage()
                    + (status.getThrowable() == null ? "" : ": " + status.getThrowable()));
        }
    }

    @Override
    public boolean isResetResistant() {
        return true;
    }
}
