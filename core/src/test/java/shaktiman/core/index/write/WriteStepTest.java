package shaktiman.core.index.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.index.DeleteCause;
import shaktiman.core.model.index.FileMeta;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.model.index.ParseQuality;
import shaktiman.core.model.index.ParsedChunk;
import shaktiman.core.model.index.ParsedFile;

/** Verifies rename pairing (IX-48) and the transaction cuts of a batch (IX-42). */
class WriteStepTest {
    private static final String H1 = "1".repeat(64);
    private static final String H2 = "2".repeat(64);

    private static IndexJob.Upsert upsert(String path, String hash, String content) {
        FileMeta meta = new FileMeta(path, "go", null, 1, 1, 1, hash, 1, ParseQuality.FULL, null, false);
        List<ParsedChunk> chunks = content.isEmpty()
                ? List.of()
                : List.of(new ParsedChunk(
                        0,
                        ChunkKind.BLOCK,
                        false,
                        null,
                        null,
                        null,
                        1,
                        1,
                        content,
                        H1,
                        1,
                        ParsedChunk.NONE,
                        ParsedChunk.NONE));
        return new IndexJob.Upsert(new ParsedFile(meta, chunks, List.of(), List.of()));
    }

    private static IndexJob.Delete delete(String path) {
        return new IndexJob.Delete(path, DeleteCause.VANISHED, 1);
    }

    @Test
    void plan_deletionAndAdditionWithEqualHash_areOneRenameAtTheAdditionsPlace() {
        Map<String, String> stored = Map.of("old.go", H1, "keep.go", H2);
        IndexJob.Upsert added = upsert("new.go", H1, "");

        List<WriteStep> steps = WriteStep.plan(
                List.of(delete("old.go"), new IndexJob.TouchMtime("keep.go", 2, 2), added),
                path -> Optional.ofNullable(stored.get(path)));

        assertThat(steps)
                .containsExactly(
                        new WriteStep.Single(new IndexJob.TouchMtime("keep.go", 2, 2)),
                        new WriteStep.Rename(delete("old.go"), added));
    }

    @Test
    void plan_differentHash_staysADeletionAndAnAddition() {
        List<WriteStep> steps = WriteStep.plan(
                List.of(delete("old.go"), upsert("new.go", H2, "")),
                path -> Optional.of(H1).filter(h -> path.equals("old.go")));

        assertThat(steps).hasSize(2).allMatch(step -> step instanceof WriteStep.Single);
    }

    @Test
    void plan_additionOfAStoredPath_isNoRename() {
        Map<String, String> stored = Map.of("old.go", H1, "new.go", H2);

        List<WriteStep> steps = WriteStep.plan(
                List.of(delete("old.go"), upsert("new.go", H1, "")), path -> Optional.ofNullable(stored.get(path)));

        assertThat(steps).hasSize(2).allMatch(step -> step instanceof WriteStep.Single);
    }

    @Test
    void transactions_cutAtTheFileLimit_andARenameCountsTwice() {
        List<WriteStep> steps = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            steps.add(new WriteStep.Single(delete("f" + i + ".go")));
        }
        steps.add(new WriteStep.Rename(delete("a.go"), upsert("b.go", H1, "")));

        List<List<WriteStep>> groups = WriteStep.transactions(steps, 3, Long.MAX_VALUE);

        assertThat(groups).extracting(List::size).containsExactly(3, 2, 1);
    }

    @Test
    void transactions_cutAtTheContentLimit_andAnOversizeStepStandsAlone() {
        List<WriteStep> steps = List.of(
                new WriteStep.Single(upsert("a.go", H1, "x".repeat(6))),
                new WriteStep.Single(upsert("b.go", H1, "x".repeat(6))),
                new WriteStep.Single(upsert("c.go", H1, "x".repeat(20))),
                new WriteStep.Single(upsert("d.go", H1, "x".repeat(2))));

        List<List<WriteStep>> groups = WriteStep.transactions(steps, 256, 10);

        assertThat(groups).extracting(List::size).containsExactly(1, 1, 1, 1);
    }
}
