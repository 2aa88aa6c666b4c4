package shaktiman.testkit.live;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import shaktiman.core.index.discovery.Candidate;
import shaktiman.core.index.discovery.Content;
import shaktiman.core.index.scan.FileProcessor;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.index.FileMeta;
import shaktiman.core.model.index.ParseQuality;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.testkit.TestChunks;

/** A file processor that stores each file as one block chunk and counts the files it processed. */
final class CountingProcessor implements FileProcessor {
    private final AtomicLong processed = new AtomicLong();
    private final Set<String> paths = ConcurrentHashMap.newKeySet();

    @Override
    public ParsedFile process(Candidate candidate, Content.Text text, long readMs) {
        processed.incrementAndGet();
        paths.add(candidate.path());
        return new ParsedFile(
                new FileMeta(
                        candidate.path(),
                        candidate.language(),
                        null,
                        candidate.size(),
                        candidate.mtimeMs(),
                        readMs,
                        text.sha256(),
                        TestChunks.lineCount(text.text()),
                        ParseQuality.FULL,
                        null,
                        false),
                List.of(TestChunks.chunk(0, ChunkKind.BLOCK, null, 1, text.text())),
                List.of(),
                List.of());
    }

    long processed() {
        return processed.get();
    }

    Set<String> paths() {
        return Set.copyOf(paths);
    }

    void reset() {
        processed.set(0);
        paths.clear();
    }
}
