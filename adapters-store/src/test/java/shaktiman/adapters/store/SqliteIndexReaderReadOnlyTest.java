package shaktiman.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.port.IndexReader;
import shaktiman.core.port.IndexReader.ChunkFilter;
import shaktiman.core.port.IndexReader.SymbolFilter;
import shaktiman.core.port.SymbolRecord;
import shaktiman.testkit.TestFiles;

/** Verifies that a store opened read-only (MI-42) answers reads from the index another store wrote. */
@Timeout(60)
class SqliteIndexReaderReadOnlyTest {
    @TempDir
    Path dir;

    @Test
    void reader_ofReadOnlyStore_answersFromTheCommittedIndex() {
        try (StoreUnderTest writer = new StoreUnderTest(dir)) {
            writer.baseline(TestFiles.file("src/a.go")
                    .function("alpha", "func alpha() { zebra() }")
                    .build());
            writer.write(TestFiles.file("src/a.go")
                    .readAt(2_000)
                    .function("alpha", "func alpha() { zebra(1) }")
                    .build());
        }

        try (SqliteIndexStore store = SqliteIndexStore.openReadOnly(dir.resolve("index.db"))) {
            IndexReader reader = store.reader();
            List<SymbolRecord> alpha =
                    reader.symbolsNamed("alpha", new SymbolFilter(ChunkFilter.ALL, Optional.empty()), 10);

            assertThat(alpha).singleElement().extracting(SymbolRecord::filePath).isEqualTo("src/a.go");
            assertThat(reader.lexical(List.of("zebra"), ChunkFilter.ALL, 10))
                    .singleElement()
                    .satisfies(hit ->
                            assertThat(hit.chunkId()).isEqualTo(alpha.getFirst().chunkId()));
            assertThat(reader.changesSince(Instant.EPOCH, ""))
                    .singleElement()
                    .satisfies(change -> assertThat(change.path()).isEqualTo("src/a.go"));
        }
    }
}
