package shaktiman.testkit.embed;

import java.util.ArrayList;
import java.util.List;
import shaktiman.core.model.index.DeleteCause;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.port.BatchResult;
import shaktiman.core.port.IndexStore;
import shaktiman.testkit.TestFiles;

/** Writes small Go files of three functions each into a store, for the embedding tests. */
final class IndexedFiles {
    private IndexedFiles() {}

    /** Writes {@code count} files {@code <prefix>0.go}, … in one batch: 3 chunks each. */
    static BatchResult write(IndexStore store, String prefix, int count) {
        List<IndexJob> jobs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = prefix + i;
            jobs.add(new IndexJob.Upsert(TestFiles.file(name + ".go")
                    .function(name + "Open", "func " + name + "Open() { openSession(\"" + name + "\") }")
                    .function(name + "Read", "func " + name + "Read() { return readToken(" + i + ") }")
                    .function(name + "Close", "func " + name + "Close() { closeSession(" + i + ") }")
                    .build()));
        }
        return store.writer().apply(IndexBatch.of(jobs));
    }

    /** Deletes the file {@code path}. */
    static BatchResult delete(IndexStore store, String path) {
        return store.writer()
                .apply(IndexBatch.of(List.of(new IndexJob.Delete(path, DeleteCause.VANISHED, Long.MAX_VALUE))));
    }
}
