package shaktiman.app.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Verifies the logging facade: stderr before the file, the stderr fallback, System.Logger routing, and stdout silence. */
class DaemonLoggingTest {
    @TempDir
    Path dir;

    private final LoggerContext context = LoggerContexts.fresh();

    @AfterEach
    void restoreProcessLogging() {
        context.stop();
        // Later test classes share this JVM's Logback context; leave it as the defaults would.
        DaemonLogging.toStderr(LogLevel.INFO, LogRole.CLI).close();
    }

    @Test
    void toStderr_beforeAFileIsOpen_writesJsonRecordsToStderr() {
        String err;
        try (var streams = new CapturedStreams();
                DaemonLogging logging = DaemonLogging.configure(context, LogLevel.INFO, LogRole.PROXY)) {
            context.getLogger("t").atInfo().addKeyValue("holder_pid", 42).log("acquire daemon lock: held by pid 42");
            err = streams.err();
            assertThat(logging.logFile()).isEmpty();
        }

        List<JsonNode> records = LogLines.parse(err);
        assertThat(records).hasSize(1);
        assertThat(records.getFirst().path("role").asText()).isEqualTo("proxy");
        assertThat(records.getFirst().path("holder_pid").asInt()).isEqualTo(42);
    }

    @Test
    void openFile_inAMissingDirectory_keepsLoggingToStderrAndSaysWhy() {
        Path log = dir.resolve("no-such-dir/shaktimand.log");
        boolean opened;
        String err;
        try (var streams = new CapturedStreams();
                DaemonLogging logging = DaemonLogging.configure(context, LogLevel.INFO, LogRole.LEADER)) {
            opened = logging.openFile(log);
            context.getLogger("t").info("still visible");
            err = streams.err();
        }

        assertThat(opened).isFalse();
        List<JsonNode> records = LogLines.parse(err);
        assertThat(records)
                .extracting(r -> r.path("msg").asText())
                .containsExactly("cannot open log file; logging to stderr", "still visible");
        assertThat(records.getFirst().path("level").asText()).isEqualTo("WARN");
        assertThat(records.getFirst().path("log_file").asText()).isEqualTo(log.toString());
        assertThat(records.getFirst().path("reason").asText()).contains(log.toString());
    }

    @Test
    void openFile_afterStderr_sendsLaterRecordsOnlyToTheFile() throws IOException {
        Path log = dir.resolve("shaktimand.log");
        String err;
        try (var streams = new CapturedStreams();
                DaemonLogging logging = DaemonLogging.configure(context, LogLevel.INFO, LogRole.LEADER)) {
            context.getLogger("t").info("early");
            logging.openFile(log);
            context.getLogger("t").info("in the file");
            err = streams.err();
        }

        assertThat(LogLines.parse(err)).extracting(r -> r.path("msg").asText()).containsExactly("early");
        assertThat(LogLines.read(log)).extracting(r -> r.path("msg").asText()).containsExactly("in the file");
    }

    @Test
    void setRoleAndLevel_afterPromotion_applyToLaterRecords() throws IOException {
        Path log = dir.resolve("shaktimand.log");
        try (DaemonLogging logging = DaemonLogging.configure(context, LogLevel.INFO, LogRole.PROXY)) {
            logging.openFile(log);
            context.getLogger("t").debug("hidden");
            context.getLogger("t").info("as proxy");

            logging.setRole(LogRole.LEADER);
            logging.setLevel(LogLevel.DEBUG);
            context.getLogger("t").debug("as leader");
        }

        assertThat(LogLines.read(log))
                .extracting(r -> r.path("msg").asText() + "/" + r.path("role").asText())
                .containsExactly("as proxy/proxy", "as leader/leader");
    }

    @Test
    void close_thenLog_flushesTheFileAndSendsLaterRecordsToStderr() throws IOException {
        Path log = dir.resolve("shaktimand.log");
        String err;
        try (var streams = new CapturedStreams()) {
            DaemonLogging logging = DaemonLogging.configure(context, LogLevel.INFO, LogRole.LEADER);
            logging.openFile(log);
            context.getLogger("t").info("shutdown complete");
            logging.close();
            logging.close();
            context.getLogger("t").error("late");
            err = streams.err();
            assertThatThrownBy(logging::reopen)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed");
        }

        assertThat(LogLines.read(log)).extracting(r -> r.path("msg").asText()).containsExactly("shutdown complete");
        assertThat(LogLines.parse(err)).extracting(r -> r.path("msg").asText()).containsExactly("late");
    }

    @Test
    void close_ofAnInstanceReplacedByANewerOne_leavesTheNewerOnesFileInPlace() throws IOException {
        Path first = dir.resolve("first.log");
        Path second = dir.resolve("second.log");
        DaemonLogging older = DaemonLogging.configure(context, LogLevel.INFO, LogRole.PROXY);
        older.openFile(first);
        try (DaemonLogging newer = DaemonLogging.configure(context, LogLevel.INFO, LogRole.LEADER)) {
            newer.openFile(second);

            older.close();
            context.getLogger("t").info("after the old close");
        }

        assertThat(LogLines.read(second))
                .extracting(r -> r.path("msg").asText())
                .containsExactly("after the old close");
    }

    @Test
    void forReadOnlyCommand_writesOnlyWarningsToStderrAndRefusesTheFile() {
        Path log = dir.resolve("shaktimand.log");
        String err;
        try (var streams = new CapturedStreams();
                DaemonLogging logging = DaemonLogging.forReadOnlyCommand()) {
            LoggerFactory.getLogger("cli").info("not shown");
            LoggerFactory.getLogger("cli").warn("shown");
            assertThatThrownBy(() -> logging.openFile(log)).isInstanceOf(IllegalStateException.class);
            err = streams.err();
        }

        List<JsonNode> records = LogLines.parse(err);
        assertThat(records).extracting(r -> r.path("msg").asText()).containsExactly("shown");
        assertThat(records.getFirst().path("role").asText()).isEqualTo("cli");
        assertThat(log).doesNotExist();
    }

    @Test
    void systemLogger_recordFromCore_landsInTheJsonLogFile() throws IOException {
        Path log = dir.resolve("shaktimand.log");
        try (DaemonLogging logging = DaemonLogging.toStderr(LogLevel.INFO, LogRole.LEADER)) {
            logging.openFile(log);

            System.getLogger("shaktiman.core.daemon.Election")
                    .log(System.Logger.Level.INFO, "acquire daemon lock: acquired");
            System.getLogger("shaktiman.core.daemon.Election").log(System.Logger.Level.DEBUG, "below the level");
        }

        List<JsonNode> records = LogLines.read(log);
        assertThat(records).hasSize(1);
        assertThat(records.getFirst().path("logger").asText()).isEqualTo("shaktiman.core.daemon.Election");
        assertThat(records.getFirst().path("msg").asText()).isEqualTo("acquire daemon lock: acquired");
        assertThat(records.getFirst().path("role").asText()).isEqualTo("leader");
    }

    @Test
    void processLogging_atEveryStage_neverWritesToSystemOut() {
        Path log = dir.resolve("shaktimand.log");
        String out;
        try (var streams = new CapturedStreams()) {
            try (DaemonLogging logging = DaemonLogging.toStderr(LogLevel.DEBUG, LogRole.PROXY)) {
                logAllKinds("on stderr");
                logging.openFile(log);
                logAllKinds("in the file");
                logging.reopen();
                logAllKinds("after reopen");
            }
            logAllKinds("after close");
            DaemonLogging readOnly = DaemonLogging.forReadOnlyCommand();
            try (readOnly) {
                logAllKinds("read-only");
            }
            out = streams.out();
            assertThat(streams.err()).contains("on stderr", "after close", "read-only");
        }

        assertThat(out).isEmpty();
    }

    private static void logAllKinds(String stage) {
        var log = LoggerFactory.getLogger("stage");
        log.debug("{} debug", stage);
        log.info("{} info", stage);
        log.warn("{} warn", stage);
        log.error(stage + " error", new IllegalStateException("boom"));
        System.getLogger("core").log(System.Logger.Level.WARNING, stage + " from core");
    }
}
