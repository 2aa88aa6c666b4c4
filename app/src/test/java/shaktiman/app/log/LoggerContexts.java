package shaktiman.app.log;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;

/** Builds a private Logback context per test, set up like the one SLF4J gives the process, so tests do not share it. */
final class LoggerContexts {
    private LoggerContexts() {}

    static LoggerContext fresh() {
        var context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.start();
        return context;
    }
}
