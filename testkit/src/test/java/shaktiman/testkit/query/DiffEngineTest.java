package shaktiman.testkit.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shaktiman.core.model.index.DeleteCause;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.port.ChangeRecord;
import shaktiman.core.port.IndexReader.TestScope;
import shaktiman.core.query.DiffRequest;
import shaktiman.core.query.DiffResult;
import shaktiman.core.query.FileChange;
import shaktiman.core.query.QueryEngine;

/** Verifies diff (MCP-35…37) through the in-memory store, whose writer keeps the change log. */
class DiffEngineTest {
    private final EngineHarness harness = new EngineHarness();
    private final QueryEngine engine = harness.engine();

    @AfterEach
    void close() {
        harness.close();
    }

    private DiffResult diff(String since, int limit, TestScope scope) {
        return engine.diff(new DiffRequest(since, limit, "", scope), () -> false);
    }

    @Test
    void diff_ofAFreshIndex_hasNoChanges() {
        DiffResult result = diff("24h", 50, TestScope.IMPL);

        assertThat(result.changes()).isEmpty();
        assertThat(result.since()).isEqualTo("24h");
        assertThat(result.windowStart()).isEqualTo("2026-04-30T08:00:00.000Z");
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void diff_ofABodyOnlyEdit_isOneModifyOfOneLineEach() {
        harness.clock.advance(Duration.ofMillis(1_234));
        harness.apply(QueryFixtureEdits.hashWithTwelveRounds(harness.tokens));

        FileChange change = diff("1h", 50, TestScope.IMPL).changes().getFirst();

        assertThat(change.filePath()).isEqualTo("ts/src/utils/hash.ts");
        assertThat(change.changeType()).isEqualTo(ChangeRecord.Type.MODIFY);
        assertThat(change.linesAdded()).isEqualTo(1);
        assertThat(change.linesRemoved()).isEqualTo(1);
        assertThat(change.timestamp()).isEqualTo("2026-05-01T08:00:01.234Z");
        assertThat(change.symbols()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("hashPassword");
            assertThat(s.change()).isEqualTo("modified");
        });
    }

    @Test
    void diff_ofASignatureEdit_saysSignatureChanged() {
        harness.apply(QueryFixtureEdits.hashWithSaltBytes(harness.tokens));

        FileChange change = diff("1h", 50, TestScope.IMPL).changes().getFirst();

        assertThat(change.symbols()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("generateSalt");
            assertThat(s.change()).isEqualTo("signature_changed");
        });
    }

    @Test
    void diff_ofAnAddAndADelete_listsBothNewestFirst() {
        harness.apply(QueryFixtureEdits.logout(harness.tokens));
        harness.clock.advance(Duration.ofMinutes(1));
        harness.store
                .writer()
                .apply(IndexBatch.of(List.of(new IndexJob.Delete(
                        "ts/src/auth/session-store.ts", DeleteCause.VANISHED, harness.clock.millis()))));

        List<FileChange> changes = diff("1h", 50, TestScope.IMPL).changes();

        assertThat(changes)
                .extracting(FileChange::changeType)
                .containsExactly(ChangeRecord.Type.DELETE, ChangeRecord.Type.ADD);
        assertThat(changes.getFirst().symbols())
                .extracting(s -> s.change())
                .containsOnly("removed")
                .hasSize(4);
        assertThat(changes.get(1).symbols()).extracting(s -> s.name()).containsExactly("logout");
    }

    @Test
    void diff_outsideTheWindow_isLeftOut() {
        harness.apply(QueryFixtureEdits.logout(harness.tokens));
        harness.clock.advance(Duration.ofHours(2));

        assertThat(diff("1h", 50, TestScope.IMPL).changes()).isEmpty();
        assertThat(diff("1h30m", 50, TestScope.IMPL).changes()).isEmpty();
        assertThat(diff("3h", 50, TestScope.IMPL).changes()).hasSize(1);
    }

    @Test
    void diff_limitAppliesAfterTheScopeFilter() {
        harness.apply(QueryFixtureEdits.logout(harness.tokens));
        harness.clock.advance(Duration.ofMinutes(1));
        harness.store
                .writer()
                .apply(IndexBatch.of(List.of(
                        new IndexJob.Delete("go/server_test.go", DeleteCause.VANISHED, harness.clock.millis()))));

        DiffResult impl = diff("1h", 1, TestScope.IMPL);
        DiffResult all = diff("1h", 1, TestScope.ALL);

        assertThat(impl.changes()).extracting(FileChange::filePath).containsExactly("ts/src/auth/logout.ts");
        assertThat(impl.truncated()).isFalse();
        assertThat(all.changes()).extracting(FileChange::filePath).containsExactly("go/server_test.go");
        assertThat(all.truncated()).isTrue();
    }
}
