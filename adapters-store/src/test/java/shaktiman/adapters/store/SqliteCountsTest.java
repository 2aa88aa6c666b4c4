package shaktiman.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.model.index.ParseQuality;
import shaktiman.core.model.index.SkipReason;
import shaktiman.core.port.IndexCounts;
import shaktiman.core.port.IndexStatistics;
import shaktiman.testkit.TestFiles;

/** Verifies that the store's counts and statistics equal direct SQL counts over rows the writer wrote (T-70, IX-68). */
@Timeout(60)
class SqliteCountsTest {
    @TempDir
    Path dir;

    @Test
    void counts_afterWrites_equalDirectSqlCounts() {
        try (StoreUnderTest subject = new StoreUnderTest(dir)) {
            subject.write(
                    TestFiles.file("a/a.go")
                            .function("caller", "func caller() { helper() }")
                            .calls("caller", "helper")
                            .calls("caller", "nowhere")
                            .build(),
                    TestFiles.file("a/b.go")
                            .function("helper", "func helper() {}")
                            .build(),
                    TestFiles.file("a/b_test.go")
                            .test(true)
                            .function("TestB", "func TestB() {}")
                            .build(),
                    TestFiles.file("p/x.py")
                            .quality(ParseQuality.ERROR)
                            .block("x = (")
                            .build(),
                    TestFiles.file("p/y.py")
                            .quality(ParseQuality.PARTIAL)
                            .function("y", "def y(: pass")
                            .build());
            subject.apply(new IndexJob.Skip("big.bin", SkipReason.TOO_LARGE, 5L, "limit 4"));

            IndexCounts counts = subject.store.counts();

            IndexDump sql = subject.dump;
            Map<String, Long> languages = new LinkedHashMap<>();
            sql.lines("SELECT language || ' ' || count(*) FROM files GROUP BY language ORDER BY count(*) DESC,"
                            + " language")
                    .forEach(line -> languages.put(line.split(" ")[0], Long.parseLong(line.split(" ")[1])));
            assertThat(counts)
                    .isEqualTo(new IndexCounts(
                            sql.count("SELECT count(*) FROM files"),
                            sql.count("SELECT count(*) FROM files WHERE is_test = 1"),
                            sql.count("SELECT count(*) FROM chunks"),
                            sql.count("SELECT count(*) FROM symbols WHERE kind != 'file'"),
                            sql.count("SELECT count(*) FROM edges"),
                            sql.count("SELECT count(*) FROM files WHERE parse_quality = 'error'"),
                            languages));
            assertThat(counts).isEqualTo(new IndexCounts(5, 1, 5, 4, 1, 1, Map.of("go", 3L, "python", 2L)));
            IndexStatistics statistics = subject.store.statistics();
            assertThat(statistics.counts()).isEqualTo(counts);
            assertThat(statistics.partialFiles())
                    .isEqualTo(sql.count("SELECT count(*) FROM files WHERE parse_quality = 'partial'"))
                    .isEqualTo(1);
            assertThat(statistics.errorFiles())
                    .isEqualTo(sql.count("SELECT count(*) FROM files WHERE parse_quality = 'error'"));
            assertThat(statistics.chunksByLanguage())
                    .isEqualTo(grouped(
                            sql,
                            "SELECT f.language || ' ' || count(*) FROM chunks c JOIN files f ON f.id = c.file_id"
                                    + " GROUP BY f.language ORDER BY count(*) DESC, f.language"))
                    .containsExactly(Map.entry("go", 3L), Map.entry("python", 2L));
            assertThat(statistics.edgesByKind())
                    .isEqualTo(grouped(sql, "SELECT kind || ' ' || count(*) FROM edges GROUP BY kind ORDER BY kind"))
                    .containsExactly(Map.entry("calls", 1L));
            assertThat(statistics.pendingEdgesByReason())
                    .isEqualTo(grouped(
                            sql, "SELECT reason || ' ' || count(*) FROM pending_edges GROUP BY reason ORDER BY reason"))
                    .containsEntry("not_found", 1L);
            assertThat(statistics.skippedByReason())
                    .isEqualTo(grouped(
                            sql, "SELECT reason || ' ' || count(*) FROM skipped_files GROUP BY reason ORDER BY reason"))
                    .containsExactly(Map.entry("too_large", 1L));
            assertThat(statistics.embeddedChunks())
                    .isEqualTo(sql.count("SELECT count(*) FROM chunks WHERE embedded = 1"));
            assertThat(sql.count("SELECT count(*) FROM skipped_files WHERE reason = 'too_large'"))
                    .isEqualTo(1);
            assertThat(sql.count("SELECT count(*) FROM pending_edges WHERE reason = 'not_found'"))
                    .isEqualTo(1);
        }
    }

    private static Map<String, Long> grouped(IndexDump sql, String query) {
        Map<String, Long> groups = new LinkedHashMap<>();
        sql.lines(query).forEach(line -> groups.put(line.split(" ")[0], Long.parseLong(line.split(" ")[1])));
        return groups;
    }
}
