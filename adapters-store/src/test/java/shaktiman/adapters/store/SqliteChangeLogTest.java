package shaktiman.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.model.index.DeleteCause;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.testkit.SettableClock;
import shaktiman.testkit.TestFiles;

/** Verifies the change log at the store level (IX-41, IX-48, IX-49, T-46): MCP F9's cases, the baseline, pruning. */
@Timeout(60)
class SqliteChangeLogTest {
    @TempDir
    Path dir;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-05-01T08:00:00Z"));
    private StoreUnderTest subject;

    @BeforeEach
    void open() {
        subject = new StoreUnderTest(dir, SqliteIndexStore.Options.defaults().withClock(clock));
    }

    @AfterEach
    void close() {
        subject.close();
    }

    private static ParsedFile hash(long readAt, String rounds, String saltSignature) {
        return TestFiles.file("ts/src/utils/hash.ts")
                .readAt(readAt)
                .block("import crypto from 'crypto';")
                .function(
                        "hashPassword",
                        "(pw: string): string",
                        "export function hashPassword(pw: string): string {\n  const ROUNDS = " + rounds
                                + ";\n  return pw;\n}")
                .function("generateSalt", saltSignature, "export function generateSalt" + saltSignature + " {\n}")
                .build();
    }

    private static ParsedFile session() {
        return TestFiles.file("ts/src/session-store.ts")
                .function("saveSession", "function saveSession() {}")
                .function("loadSession", "function loadSession() {}")
                .build();
    }

    @Test
    void baseline_writesNoRecords() {
        subject.baseline(hash(1_000, "10", "(): string"), session());

        assertThat(subject.dump.changes()).isEmpty();
        assertThat(subject.store.fullIndexCompleted()).isTrue();
    }

    @Test
    void apply_withoutTheCompletionRecord_writesNoRecords() {
        subject.store.writer().setFingerprint("fp-1");
        subject.write(hash(1_000, "10", "(): string"));

        subject.write(hash(2_000, "12", "(): string"), session());
        subject.delete("ts/src/session-store.ts");

        assertThat(subject.dump.changes()).isEmpty();
    }

    @Test
    void apply_bodyOnlyEdit_isAModifyOfOneLineEachWayWithTheSymbolModified() {
        subject.baseline(hash(1_000, "10", "(): string"));

        subject.write(hash(2_000, "12", "(): string"));

        assertThat(subject.dump.changes()).containsExactly("modify ts/src/utils/hash.ts +1 -1");
        assertThat(subject.dump.changedSymbols()).containsExactly("ts/src/utils/hash.ts hashPassword modified");
        assertThat(subject.dump.changedChunks())
                .containsExactly("ts/src/utils/hash.ts "
                        + subject.dump.string("SELECT id FROM chunks WHERE qualified_name = 'hashPassword'"));
    }

    @Test
    void apply_parameterChange_isSignatureChanged() {
        subject.baseline(hash(1_000, "10", "(): string"));

        subject.write(hash(2_000, "10", "(len: number): string"));

        assertThat(subject.dump.changedSymbols())
                .containsExactly("ts/src/utils/hash.ts generateSalt signature_changed");
    }

    @Test
    void apply_newFile_isAnAddWithEverySymbolAddedAndEveryChunk() {
        subject.baseline(hash(1_000, "10", "(): string"));

        subject.write(TestFiles.file("ts/src/auth/logout.ts")
                .function("logout", "function logout() {\n  end();\n}")
                .build());

        assertThat(subject.dump.changes()).containsExactly("add ts/src/auth/logout.ts +3 -0");
        assertThat(subject.dump.changedSymbols()).containsExactly("ts/src/auth/logout.ts logout added");
        assertThat(subject.dump.changedChunks()).hasSize(1);
    }

    @Test
    void apply_deletedFile_isADeleteWithItsSymbolsRemovedThatOutlivesItsRows() {
        subject.baseline(hash(1_000, "10", "(): string"), session());

        subject.delete("ts/src/session-store.ts");

        assertThat(subject.dump.changes()).containsExactly("delete ts/src/session-store.ts +0 -2");
        assertThat(subject.dump.changedSymbols())
                .containsExactly(
                        "ts/src/session-store.ts saveSession removed", "ts/src/session-store.ts loadSession removed");
        assertThat(subject.dump.count("SELECT count(*) FROM files WHERE path = 'ts/src/session-store.ts'"))
                .isZero();
    }

    @Test
    void apply_deletionForARefusedFile_writesNoRecord() {
        subject.baseline(session());

        subject.apply(new IndexJob.Delete("ts/src/session-store.ts", DeleteCause.REFUSED, Long.MAX_VALUE));

        assertThat(subject.dump.changes()).isEmpty();
        assertThat(subject.store.storedFiles()).isEmpty();
    }

    @Test
    void apply_move_isOneRenameWithTheOldPathAndTheIdsKept() {
        subject.baseline(session());
        List<String> ids = subject.dump.lines("SELECT id FROM chunks UNION ALL SELECT id FROM symbols");
        ParsedFile moved = TestFiles.file("ts/src/store/session-store.ts")
                .readAt(2_000)
                .function("saveSession", "function saveSession() {}")
                .function("loadSession", "function loadSession() {}")
                .build();

        subject.apply(
                new IndexJob.Delete("ts/src/session-store.ts", DeleteCause.VANISHED, 2_000),
                new IndexJob.Upsert(moved));

        assertThat(subject.dump.changes())
                .containsExactly("rename ts/src/store/session-store.ts from ts/src/session-store.ts +0 -0");
        assertThat(subject.dump.lines("SELECT id FROM chunks UNION ALL SELECT id FROM symbols"))
                .isEqualTo(ids);
    }

    @Test
    void apply_sameContentAgain_writesNoRecord() {
        subject.baseline(session());

        subject.write(TestFiles.file("ts/src/session-store.ts")
                .readAt(5_000)
                .function("saveSession", "function saveSession() {}")
                .function("loadSession", "function loadSession() {}")
                .build());

        assertThat(subject.dump.changes()).isEmpty();
    }

    @Test
    void pruneChangeLog_removesRecordsOlderThan30DaysAndKeepsYoungerOnes() {
        subject.baseline(hash(1_000, "10", "(): string"), session());
        subject.delete("ts/src/session-store.ts");
        clock.advance(Duration.ofDays(2));
        subject.write(hash(2_000, "12", "(): string"));
        clock.advance(Duration.ofDays(29));

        int pruned = subject.store.writer().pruneChangeLog();

        assertThat(pruned).isEqualTo(1);
        assertThat(subject.dump.changes()).containsExactly("modify ts/src/utils/hash.ts +1 -1");
        assertThat(subject.dump.count("SELECT count(*) FROM diff_symbols")).isEqualTo(1);
    }

    @Test
    void apply_recordTime_comesFromTheInjectedClockWithMilliseconds() {
        subject.baseline(session());

        subject.delete("ts/src/session-store.ts");

        assertThat(subject.dump.string("SELECT applied_at FROM diff_log")).isEqualTo("2026-05-01T08:00:00.000Z");
    }
}
