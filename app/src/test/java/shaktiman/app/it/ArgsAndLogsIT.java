package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.core.daemon.ProjectLayout;

/** Verifies shaktimand's arguments, log levels, log rotation and lock-event records: §10 scenarios 23–24. */
@DaemonTest
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ArgsAndLogsIT {

    /** MI-1: {@code session-logs/<yyyyMMdd'T'HHmmss'Z'>-<pid>.log}, with MI-33's {@code -n} on a collision. */
    private static final String ARCHIVE = "\\d{8}T\\d{6}Z-(\\d+)(-\\d+)?\\.log";

    // Scenario 23 (MI-46)
    @Test
    void daemon_withNoArguments_exitsTwoWithUsage(Daemons daemons) {
        DaemonProcess d = daemons.daemon().args().start();

        assertThat(d.awaitExit(Daemons.SHORT)).isEqualTo(2);
        assertThat(d.finalStderr(Daemons.SHORT)).contains("<project-root>");
    }

    // Scenario 23 (MI-46, MI-7 step 2)
    @Test
    void daemon_withMissingDirectory_exitsTwo(Daemons daemons) {
        DaemonProcess d = daemons.daemon()
                .args(daemons.base().resolve("nowhere").toString())
                .start();

        assertThat(d.awaitExit(Daemons.SHORT)).isEqualTo(2);
        assertThat(d.finalStderr(Daemons.SHORT)).contains("no such directory");
    }

    // Scenario 23 (MI-46)
    @Test
    void daemon_withVersion_printsItOnStdoutAndExitsZero(Daemons daemons) {
        DaemonProcess d = daemons.daemon().args("--version").start();

        assertThat(d.awaitExit(Daemons.SHORT)).isZero();
        d.mcp().awaitEof(Daemons.SHORT);
        assertThat(d.mcp().lines()).anyMatch(line -> line.raw().startsWith("shaktimand "));
    }

    // Scenario 23 (MI-32)
    @Test
    void daemon_withBogusLogLevel_startsAndLogsTheWarning(Daemons daemons) {
        DaemonProcess a = daemons.startLeader(
                daemons.daemon().args("--log-level", "bogus", daemons.root().toString()));

        assertThat(daemons.state().logRecord(a.pid(), "unknown log level \"bogus\" from --log-level"))
                .isPresent();
    }

    // Scenario 23 (MI-32, 36)
    @Test
    void daemon_withDebugFromEnvironment_writesDebugRecords(Daemons daemons) {
        DaemonProcess a = daemons.startLeader(daemons.daemon().env("SHAKTIMAN_LOG_LEVEL", "debug"));

        a.mcp().request("p", "ping", Map.of());

        Await.until(
                Daemons.SHORT,
                () -> daemons.state().log().stream()
                        .anyMatch(r -> r.pid() == a.pid() && r.level().equals("DEBUG")),
                "a DEBUG record from A");
    }

    // Scenario 23 (MI-32): the flag, given after the root, overrides the environment
    @Test
    void daemon_withLogLevelFlagAndEnvironment_followsTheFlag(Daemons daemons) {
        DaemonProcess a = daemons.startLeader(daemons.daemon()
                .env("SHAKTIMAN_LOG_LEVEL", "debug")
                .args(daemons.root().toString(), "--log-level", "info"));

        a.mcp().request("p", "ping", Map.of());
        a.closeStdin();
        a.awaitExit(Daemons.SHORT);

        List<LogRecord> records =
                daemons.state().log().stream().filter(r -> r.pid() == a.pid()).toList();
        assertThat(records).isNotEmpty();
        assertThat(records).noneMatch(r -> r.level().equals("DEBUG"));
    }

    // Scenario 24 (MI-33)
    @Test
    void freshLeader_overNonEmptyLog_archivesItFirst(Daemons daemons) throws IOException {
        ProjectLayout layout = daemons.layout();
        createStateDir(layout);
        Files.writeString(layout.logFile(), "{\"msg\":\"an earlier session\"}\n");

        DaemonProcess a = daemons.startLeader();

        List<Path> archives = daemons.state().archives();
        assertThat(archives).hasSize(1);
        Path archive = archives.getFirst();
        assertThat(archive.getFileName().toString()).matches(ARCHIVE).endsWith("-" + a.pid() + ".log");
        assertThat(Files.readString(archive)).contains("an earlier session");
        assertThat(StateDir.mode(archive)).isEqualTo(0600);
        assertThat(StateDir.mode(layout.sessionLogsDir())).isEqualTo(0750);
        assertThat(Files.readString(layout.logFile())).doesNotContain("an earlier session");
    }

    /**
     * Scenario 24 (MI-33): "after 12 restarts exactly 10 archives remain". Ten old archives are planted and two real
     * restarts push the count over the limit; that prunes exactly as twelve restarts would, at a sixth of the cost.
     */
    @Test
    void freshLeaders_overManyArchives_keepTheNewestTen(Daemons daemons) throws IOException {
        ProjectLayout layout = daemons.layout();
        createStateDir(layout);
        Files.createDirectories(layout.sessionLogsDir());
        for (int i = 1; i <= 10; i++) {
            Files.writeString(layout.sessionLogsDir().resolve(String.format("20000101T0000%02dZ-1.log", i)), "old\n");
        }
        Files.writeString(layout.sessionLogsDir().resolve("notes.txt"), "not an archive\n");

        for (int restart = 0; restart < 3; restart++) {
            DaemonProcess leader = daemons.startLeader();
            leader.closeStdin();
            assertThat(leader.awaitExit(Daemons.SHORT)).isZero();
        }

        List<String> names = daemons.state().archives().stream()
                .map(path -> path.getFileName().toString())
                .toList();
        assertThat(names.stream().filter(name -> name.matches(ARCHIVE))).hasSize(10);
        assertThat(names).doesNotContain("20000101T000001Z-1.log", "20000101T000002Z-1.log");
        assertThat(names).contains("20000101T000003Z-1.log", "notes.txt");
    }

    // Scenario 24 (MI-33, 2)
    @Test
    void proxyStart_appendsToTheLogAndNeverTruncatesIt(Daemons daemons) throws IOException {
        daemons.startLeader();
        Path log = daemons.layout().logFile();
        String before = Files.readString(log);
        List<Path> archivesBefore = daemons.state().archives();

        DaemonProcess b = daemons.startProxy();

        assertThat(Files.readString(log)).startsWith(before);
        assertThat(daemons.state().logRecord(b.pid(), "connected as proxy")).isPresent();
        assertThat(daemons.state().archives()).isEqualTo(archivesBefore);
    }

    // Scenario 24 (MI-34): one grep finds every leadership event
    @Test
    void lockEvents_acrossLeadProxyAndPromotion_allStartWithAcquireDaemonLock(Daemons daemons) {
        DaemonProcess a = daemons.startLeader();
        DaemonProcess b = daemons.startProxy();
        StateDir state = daemons.state();

        a.closeStdin();
        a.awaitExit(Daemons.SHORT);
        state.awaitLog(b.pid(), "promoted after leader pid " + a.pid(), Daemons.SHORT);

        List<String> lockEvents = state.log().stream()
                .map(LogRecord::msg)
                .filter(msg -> msg.startsWith("acquire daemon lock"))
                .toList();
        assertThat(lockEvents)
                .contains(
                        "acquire daemon lock: acquired",
                        "acquire daemon lock: held by pid " + a.pid() + "; connected as proxy",
                        "acquire daemon lock: released",
                        "acquire daemon lock: promoted after leader pid " + a.pid() + " exited");
        assertThat(state.log()).as("every record is JSON (MI-31)").allMatch(r -> r.json() != null);
    }

    private static void createStateDir(ProjectLayout layout) throws IOException {
        Files.createDirectories(
                layout.stateDir(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));
    }
}
