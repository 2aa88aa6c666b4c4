package shaktiman.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.model.index.DeleteCause;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.port.BatchResult;
import shaktiman.testkit.TestFiles;

/**
 * Verifies the SQLite writer's row identity and atomicity: unchanged content changes nothing (T-7), chunks and symbols
 * keep their ids (IX-33, IX-43), renames keep ids (IX-48), and a failing file rolls back alone (T-45).
 */
@Timeout(60)
class SqliteIndexWriterTest {
    @TempDir
    Path dir;

    private StoreUnderTest subject;

    @BeforeEach
    void open() {
        subject = new StoreUnderTest(dir);
    }

    @AfterEach
    void close() {
        subject.close();
    }

    private static ParsedFile caller(long readAt) {
        return TestFiles.file("cmd/a.go")
                .readAt(readAt)
                .function("caller", "func caller() {\n\thelper()\n}")
                .calls("caller", "helper")
                .calls("caller", "missing")
                .build();
    }

    private static ParsedFile helper(long readAt, String body) {
        return TestFiles.file("cmd/b.go")
                .readAt(readAt)
                .block("package cmd")
                .function("helper", "func helper() {\n\t" + body + "\n}")
                .function("other", "func other() {}")
                .build();
    }

    private List<List<String>> snapshot() {
        return List.of(
                subject.dump.chunks(),
                subject.dump.symbols(),
                subject.dump.edges(),
                subject.dump.pending(),
                subject.dump.ftsTerms("symbol").toString().lines().toList(),
                subject.dump.ftsTerms("content").toString().lines().toList(),
                subject.dump.ftsTerms("path").toString().lines().toList(),
                subject.dump.changes());
    }

    @Test
    void apply_unchangedFilesWrittenAgainUnderTheCompletionRecord_changeNoRow() {
        subject.baseline(caller(1_000), helper(1_000, "return 1"));
        List<List<String>> before = snapshot();

        BatchResult again = subject.write(caller(2_000), helper(2_000, "return 1"));

        assertThat(again.deletedChunkIds()).isEmpty();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void apply_unchangedFilesWrittenAgainDuringARebuild_changeNoRow() {
        subject.write(caller(1_000), helper(1_000, "return 1"));
        List<List<String>> before = snapshot();

        subject.write(caller(2_000), helper(2_000, "return 1"));

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void apply_bodyEdit_keepsOtherChunksAndAllSymbolIdsAndResetsOnlyTheEditedChunk() {
        subject.write(helper(1_000, "return 1"));
        markAllEmbedded();
        List<String> symbolsBefore = subject.dump.symbols();

        BatchResult edited = subject.write(helper(2_000, "return 2"));

        assertThat(edited.deletedChunkIds()).hasSize(1);
        assertThat(subject.dump.lines(
                        "SELECT ifnull(qualified_name, '-') || ' ' || embedded FROM chunks ORDER BY chunk_index"))
                .containsExactly("- 1", "helper 0", "other 1");
        assertThat(subject.dump.lines("SELECT id FROM symbols ORDER BY id"))
                .isEqualTo(symbolsBefore.stream()
                        .map(s -> s.split(" ")[0])
                        .sorted()
                        .toList());
    }

    @Test
    void apply_chunksReordered_keepTheirIdsAndTakeTheNewPositions() {
        ParsedFile forward = TestFiles.file("x.go")
                .function("a", "func a() {}")
                .function("b", "func b() {}")
                .build();
        ParsedFile reversed = TestFiles.file("x.go")
                .readAt(2_000)
                .function("b", "func b() {}")
                .function("a", "func a() {}")
                .build();
        subject.write(forward);
        List<String> idsBefore = subject.dump.lines("SELECT id || ' ' || qualified_name FROM chunks ORDER BY id");

        BatchResult result = subject.write(reversed);

        assertThat(result.deletedChunkIds()).isEmpty();
        assertThat(subject.dump.lines("SELECT id || ' ' || qualified_name FROM chunks ORDER BY id"))
                .isEqualTo(idsBefore);
        assertThat(subject.dump.lines("SELECT qualified_name FROM chunks ORDER BY chunk_index"))
                .containsExactly("b", "a");
    }

    @Test
    void apply_rename_keepsChunkSymbolAndIncomingEdgeIdsAndMovesThePath() {
        subject.write(caller(1_000), helper(1_000, "return 1"));
        List<String> chunkIds = subject.dump.lines("SELECT id FROM chunks WHERE file_id ="
                + " (SELECT id FROM files WHERE path = 'cmd/b.go') ORDER BY id");
        List<String> edges = subject.dump.edges();
        ParsedFile moved = TestFiles.file("lib/b.go")
                .readAt(2_000)
                .block("package cmd")
                .function("helper", "func helper() {\n\treturn 1\n}")
                .function("other", "func other() {}")
                .build();

        BatchResult result =
                subject.apply(new IndexJob.Delete("cmd/b.go", DeleteCause.VANISHED, 2_000), new IndexJob.Upsert(moved));

        assertThat(result.filesRenamed()).isEqualTo(1);
        assertThat(subject.dump.lines("SELECT id FROM chunks WHERE file_id ="
                        + " (SELECT id FROM files WHERE path = 'lib/b.go') ORDER BY id"))
                .isEqualTo(chunkIds);
        assertThat(subject.dump.edges()).isEqualTo(edges);
        assertThat(subject.dump.lines("SELECT path FROM files ORDER BY path")).containsExactly("cmd/a.go", "lib/b.go");
        assertThat(subject.dump.lines("SELECT qualified_name FROM symbols WHERE kind = 'file' ORDER BY 1"))
                .containsExactly("cmd/a.go", "lib/b.go");
    }

    @Test
    void apply_renameThatChangesLanguage_replacesTheRows() {
        ParsedFile js =
                TestFiles.file("web/a.js").function("f", "function f() {}").build();
        ParsedFile ts = TestFiles.file("web/a.ts")
                .readAt(2_000)
                .function("f", "function f() {}")
                .build();
        subject.write(js);
        List<String> chunkIds = subject.dump.lines("SELECT id FROM chunks ORDER BY id");

        BatchResult result =
                subject.apply(new IndexJob.Delete("web/a.js", DeleteCause.VANISHED, 2_000), new IndexJob.Upsert(ts));

        assertThat(result.filesRenamed()).isEqualTo(1);
        assertThat(result.deletedChunkIds()).extracting(String::valueOf).isEqualTo(chunkIds);
        assertThat(subject.dump.lines("SELECT path || ' ' || language FROM files"))
                .containsExactly("web/a.ts typescript");
    }

    @Test
    void apply_withWriteFailPath_keepsTheFilesOldRowsRecordsWriteFailedAndCommitsTheRest() {
        subject.write(caller(1_000), helper(1_000, "return 1"));
        String helperRowsBefore = helperRows();
        subject.close();
        subject = new StoreUnderTest(dir, SqliteIndexStore.Options.defaults().withWriteFailPath("cmd/b.go"));
        ParsedFile newFile =
                TestFiles.file("cmd/c.go").function("third", "func third() {}").build();

        BatchResult result = subject.write(
                TestFiles.file("cmd/a.go")
                        .readAt(2_000)
                        .function("caller", "func caller() {}")
                        .build(),
                helper(2_000, "return 2"),
                newFile);

        assertThat(result.failures()).extracting(BatchResult.FileFailure::path).containsExactly("cmd/b.go");
        assertThat(result.failures().getFirst().message()).contains("writeFailPath");
        assertThat(helperRows()).isEqualTo(helperRowsBefore);
        assertThat(subject.dump.lines("SELECT path || ' ' || reason FROM skipped_files"))
                .containsExactly("cmd/b.go write_failed");
        assertThat(subject.dump.lines("SELECT path FROM files ORDER BY path"))
                .containsExactly("cmd/a.go", "cmd/b.go", "cmd/c.go");
        assertThat(subject.dump.string("SELECT content FROM chunks WHERE qualified_name = 'caller'"))
                .isEqualTo("func caller() {}");
    }

    @Test
    void apply_afterTheWriteFailPathHookIsRemoved_indexesTheFileAndDropsItsSkipRow() {
        subject.write(helper(1_000, "return 1"));
        subject.close();
        subject = new StoreUnderTest(dir, SqliteIndexStore.Options.defaults().withWriteFailPath("cmd/b.go"));
        subject.write(helper(2_000, "return 2"));
        subject.close();
        subject = new StoreUnderTest(dir);

        BatchResult result = subject.write(helper(3_000, "return 2"));

        assertThat(result.failures()).isEmpty();
        assertThat(subject.dump.count("SELECT count(*) FROM skipped_files")).isZero();
        assertThat(subject.store.storedFiles().get("cmd/b.go").contentHash())
                .isEqualTo(helper(3_000, "return 2").meta().contentHash());
    }

    @Test
    void apply_failingFileInARename_keepsTheOldPath() {
        subject.write(helper(1_000, "return 1"));
        subject.close();
        subject = new StoreUnderTest(dir, SqliteIndexStore.Options.defaults().withWriteFailPath("lib/b.go"));
        ParsedFile moved = TestFiles.file("lib/b.go")
                .readAt(2_000)
                .block("package cmd")
                .function("helper", "func helper() {\n\treturn 1\n}")
                .function("other", "func other() {}")
                .build();

        BatchResult result =
                subject.apply(new IndexJob.Delete("cmd/b.go", DeleteCause.VANISHED, 2_000), new IndexJob.Upsert(moved));

        assertThat(result.failures()).hasSize(1);
        assertThat(subject.dump.lines("SELECT path FROM files")).containsExactly("cmd/b.go");
    }

    @Test
    void apply_skipAndThenUpsert_removesTheSkipRow() {
        subject.apply(new IndexJob.Skip("big.go", shaktiman.core.model.index.SkipReason.TOO_LARGE, 9L, "limit 8"));

        subject.write(TestFiles.file("big.go").function("f", "func f() {}").build());

        assertThat(subject.dump.count("SELECT count(*) FROM skipped_files")).isZero();
    }

    @Test
    void apply_deleteOfAFileNeverIndexed_removesItsSkipRow() {
        subject.apply(new IndexJob.Skip("blob.bin", shaktiman.core.model.index.SkipReason.BINARY, 9L, null));

        subject.delete("blob.bin");

        assertThat(subject.dump.count("SELECT count(*) FROM skipped_files")).isZero();
    }

    @Test
    void apply_summaryWithChildren_storesParentAndPartGroupIds() {
        ParsedFile file = new ParsedFile(
                TestFiles.file("big.go").function("x", "x").build().meta(),
                List.of(
                        shaktiman.testkit.TestChunks.summary(
                                0, shaktiman.core.model.ChunkKind.CLASS, "Big", 1, 5, "class Big {\n  a() { ... }\n}"),
                        shaktiman.testkit.TestChunks.withParent(
                                shaktiman.testkit.TestChunks.chunk(
                                        1, shaktiman.core.model.ChunkKind.METHOD, "Big.a", 2, "  a() {\n  }"),
                                0)),
                List.of(),
                List.of());

        subject.write(file);

        assertThat(subject.dump.lines("SELECT (parent_chunk_id = (SELECT min(id) FROM chunks)) FROM chunks"
                        + " ORDER BY chunk_index"))
                .containsExactly(null, "1");
    }

    private String helperRows() {
        return subject.dump.chunks().stream()
                        .filter(c -> c.contains("cmd/b.go"))
                        .toList()
                + " "
                + subject.dump.symbols().stream()
                        .filter(c -> c.contains("cmd/b.go"))
                        .toList()
                + " "
                + subject.dump.lines("SELECT content_hash FROM files WHERE path = 'cmd/b.go'");
    }

    private void markAllEmbedded() {
        SeedRows.execute(subject.dbFile, "UPDATE chunks SET embedded = 1");
    }
}
