package shaktiman.app.log;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * The second JVM of the process tests. {@code append <file> <count>} appends large records to the file through
 * {@link DaemonLogging}, after printing {@code ready} on stderr. {@code unconfigured} logs through SLF4J and
 * {@link System.Logger} without setting anything up, to show what Logback's automatic configuration does.
 */
final class LogWriterChild {
    static final int PAD_FIELDS = 16;
    static final int PAD_LENGTH = 4000;

    private LogWriterChild() {}

    public static void main(String[] args) {
        switch (args[0]) {
            case "append" -> append(Path.of(args[1]), Integer.parseInt(args[2]));
            case "unconfigured" -> unconfigured();
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static void append(Path file, int count) {
        try (DaemonLogging logging = DaemonLogging.toStderr(LogLevel.INFO, LogRole.PROXY)) {
            if (!logging.openFile(file)) {
                throw new IllegalStateException("cannot open " + file);
            }
            System.err.println("ready");
            Logger log = LoggerFactory.getLogger("child");
            for (int i = 0; i < count; i++) {
                largeRecord(log, "child", i);
            }
        }
    }

    private static void unconfigured() {
        LoggerFactory.getLogger("child").info("slf4j record");
        System.getLogger("child.core").log(System.Logger.Level.INFO, "system logger record");
    }

    /** Logs one record of about {@code PAD_FIELDS * PAD_LENGTH} bytes, far above any I/O buffer. */
    static void largeRecord(Logger log, String writer, int seq) {
        LoggingEventBuilder record = log.atInfo().addKeyValue("writer", writer).addKeyValue("seq", seq);
        char fill = (char) ('a' + seq % 26);
        for (int f = 0; f < PAD_FIELDS; f++) {
            record = record.addKeyValue("pad" + f, String.valueOf(fill).repeat(PAD_LENGTH));
        }
        record.log("large record");
    }
}
