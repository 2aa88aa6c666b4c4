package shaktiman.app.log;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's configuration when nothing else has set it up yet: JSON records at INFO to stderr.
 *
 * <p>Found by Logback through {@link java.util.ServiceLoader} (the module's {@code provides} clause, and
 * {@code META-INF/services} for the class path). It tells Logback to stop there, so a stray {@code logback.xml} or
 * {@code logback-test.xml} on the path, or Logback's own fallback (a console appender on {@code System.out}), can never
 * print to stdout, which carries MCP messages. {@link DaemonLogging} replaces this configuration at startup.
 */
public final class StderrConfigurator extends ContextAwareBase implements Configurator {
    /** Called by {@link java.util.ServiceLoader}. */
    public StderrConfigurator() {}

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        DaemonLogging.installDefaults(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
