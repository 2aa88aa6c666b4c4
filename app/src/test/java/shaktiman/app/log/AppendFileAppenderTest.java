package shaktiman.app.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** Verifies the log file appender: 0600 creation, whole-line appends under concurrency, reopen and failed writes. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AppendFileAppenderTest {
    @TempDir
    Path dir;

    private final LoggerContext context = LoggerContexts.fresh();

    @AfterEach
    void stopContext() {
        context.stop();
    }

    @Test
    void openFile_whenMissing_createsItWithMode0600() throws IOException {
        Path log = dir.resolve("shaktimand.log");

        try (DaemonLogging logging = DaemonLogging.configure(context, LogLevel.INFO, LogRole.LEADER)) {
            assertThat(logging.openFile(log)).isTrue();
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log)))
                .isEqualTo("rw-------");
    }

    @Test
    void openFile_whenPresent_appendsAfterExistingLines() throws IOException {
        Path log = dir.resolve("shaktimand.log");
        Files.writeString(log, "{\"msg\":\"earlier\"}\n");

        try (DaemonLogging logging = DaemonLogging.configure(context, LogLevel.INFO, LogRole.PROXY)) {
            logging.openFile(log);
            context.getLogger("t").info("later");
        }

        assertThat(LogLines.read(log)).extracting(r -> r.path("msg").asText()).containsExactly("earlier", "later");
    }

    @Test
    void append_manyThreadsWithRecordsLargerThanAnyBuffer_neverInterleaveLines() throws Exception {
        Path log = dir.resolve("shaktimand.log");
        int threads = 4;
        int perThread = 40;
        try (DaemonLogging logging = DaemonLogging.configure(context, LogLevel.INFO, LogRole.LEADER);
                ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            logging.openFile(log);
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String name = "thread-" + t;
                Logger logger = context.getLogger(name);
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        LogWriterChild.largeRecord(logger, name, i);
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        }

        List<JsonNode> records = LogLines.read(log);

        assertThat(records).hasSize(threads * perThread).allSatisfy(AppendFileAppenderTest::assertWhole);
        assertThat(countByWriter(records))
                .hasSize(threads)
                .allSatisfy((writer, n) -> assertThat(n).isEqualTo(perThread));
    }

    @Test
    void append_whileAnotherJvmAppendsToTheSameFile_neverInterleavesLines() throws Exception {
        Path log = dir.resolve("shaktimand.log");
        int childRecords = 150;
        int ownRecords = 150;
        List<JsonNode> records;
        try (ChildJvm child = ChildJvm.onClassPath(List.of(), "append", log.toString(), String.valueOf(childRecords));
                DaemonLogging logging = DaemonLogging.configure(context, LogLevel.INFO, LogRole.LEADER)) {
            child.ready().get(60, TimeUnit.SECONDS);
            logging.openFile(log);
            Logger logger = context.getLogger("parent");
            for (int i = 0; i < ownRecords; i++) {
                LogWriterChild.largeRecord(logger, "parent", i);
            }
            assertThat(child.waitFor())
                    .as("child exit code; stderr:%n%s", child.stderr())
                    .isZero();
            assertThat(child.stdout()).isEmpty();
        }

        records = LogLines.read(log);

        assertThat(records).allSatisfy(AppendFileAppenderTest::assertWhole);
        assertThat(countByWriter(records)).isEqualTo(Map.of("child", (long) childRecords, "parent", (long) ownRecords));
    }

    @Test
    void reopen_afterTheFileWasRenamedAway_writesToANewFileAtThePath() throws IOException {
        Path log = dir.resolve("shaktimand.log");
        Path rotated = dir.resolve("rotated.log");
        try (DaemonLogging logging = DaemonLogging.configure(context, LogLevel.INFO, LogRole.PROXY)) {
            logging.openFile(log);
            context.getLogger("t").info("before");
            Files.move(log, rotated);
            context.getLogger("t").info("still the old file");

            logging.reopen();
            context.getLogger("t").info("after");
        }

        assertThat(LogLines.read(rotated))
                .extracting(r -> r.path("msg").asText())
                .containsExactly("before", "still the old file");
        assertThat(LogLines.read(log)).extracting(r -> r.path("msg").asText()).containsExactly("after");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log)))
                .isEqualTo("rw-------");
    }

    @Test
    void append_afterTheFileWasDeleted_doesNotThrowAndReopenRecreatesIt() throws IOException {
        Path log = dir.resolve("shaktimand.log");
        try (DaemonLogging logging = DaemonLogging.configure(context, LogLevel.INFO, LogRole.PROXY)) {
            logging.openFile(log);
            Files.delete(log);

            assertThatCode(() -> context.getLogger("t").info("into the void")).doesNotThrowAnyException();
            logging.reopen();
            context.getLogger("t").info("after");
        }

        assertThat(LogLines.read(log)).extracting(r -> r.path("msg").asText()).containsExactly("after");
    }

    @Test
    void append_whenWritesFail_dropsRecordsWithoutThrowingAndReportsThemOnceWritesWork() throws IOException {
        // /dev/full fails every write with ENOSPC: a real "disk full" without filling a disk.
        Path devFull = Path.of("/dev/full");
        assumeTrue(Files.isWritable(devFull), "needs a writable /dev/full to simulate a full disk");
        Path log = dir.resolve("shaktimand.log");
        Files.createSymbolicLink(log, devFull);
        try (DaemonLogging logging = DaemonLogging.configure(context, LogLevel.INFO, LogRole.LEADER)) {
            assertThat(logging.openFile(log)).isTrue();

            assertThatCode(() -> {
                        context.getLogger("t").info("lost 1");
                        context.getLogger("t").info("lost 2");
                    })
                    .doesNotThrowAnyException();
            assertThat(logging.droppedRecords()).isEqualTo(2);

            Files.delete(log);
            logging.reopen();
            context.getLogger("t").info("kept");
        }

        List<JsonNode> records = LogLines.read(log);
        assertThat(records).extracting(r -> r.path("msg").asText()).containsExactly("kept", "log records dropped");
        assertThat(records.get(1).path("level").asText()).isEqualTo("WARN");
        assertThat(records.get(1).path("dropped").asLong()).isEqualTo(2);
        assertThat(records.get(1).path("reason").asText()).contains("No space left on device");
    }

    private static void assertWhole(JsonNode record) {
        assertThat(record.path("msg").asText()).isEqualTo("large record");
        String fill = String.valueOf((char) ('a' + record.path("seq").asInt() % 26));
        for (int f = 0; f < LogWriterChild.PAD_FIELDS; f++) {
            assertThat(record.path("pad" + f).asText()).isEqualTo(fill.repeat(LogWriterChild.PAD_LENGTH));
        }
    }

    private static Map<String, Long> countByWriter(List<JsonNode> records) {
        return records.stream()
                .map(r -> r.path("writer").asText())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
