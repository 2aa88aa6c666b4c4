package shaktiman.app.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import shaktiman.adapters.tokens.JtokkitTokenCounter;
import shaktiman.core.index.chunk.Chunk;
import shaktiman.core.index.chunk.ChunkLimits;
import shaktiman.core.index.chunk.ChunkedFile;
import shaktiman.core.index.chunk.PartitionCheck;
import shaktiman.core.index.discovery.Content;
import shaktiman.core.index.discovery.DiscoveryConfig;
import shaktiman.core.index.discovery.FileContent;

/**
 * T-20's partition property over a real corpus: every file's stored chunks, read back from the index, checked with
 * core's {@link PartitionCheck} against the file's text as the indexer decoded it (IX-6).
 */
final class PartitionSweep {

    private static final int EXAMPLES = 5;

    private PartitionSweep() {}

    /**
     * What the sweep found.
     *
     * @param files files checked
     * @param failedFiles files with at least one violation
     * @param examples the first few violations, each naming its file
     */
    record Result(long files, long failedFiles, List<String> examples) {}

    /** Checks every file of {@code db}, whose project root is {@code root}, with the default limits (IX-18). */
    static Result check(Path root, CorpusIndex db) {
        PartitionCheck check = new PartitionCheck(new JtokkitTokenCounter(), ChunkLimits.DEFAULTS.maxTokens());
        FileContent reader = new FileContent(DiscoveryConfig.DEFAULT_MAX_FILE_BYTES);
        long[] files = new long[2];
        List<String> examples = new ArrayList<>();
        db.forEachFile((path, chunks) -> {
            files[0]++;
            List<String> violations = violations(check, reader, root.resolve(path), chunks);
            if (!violations.isEmpty()) {
                files[1]++;
                if (examples.size() < EXAMPLES) {
                    examples.add(path + ": " + violations.getFirst()
                            + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
                }
            }
        });
        return new Result(files[0], files[1], List.copyOf(examples));
    }

    private static List<String> violations(
            PartitionCheck check, FileContent reader, Path file, Supplier<List<Chunk>> chunks) {
        if (!(reader.read(file) instanceof Content.Text text)) {
            return List.of("no longer readable as text");
        }
        try {
            return check.check(text.text(), new ChunkedFile(chunks.get()));
        } catch (IllegalArgumentException e) {
            return List.of("stored chunks are inconsistent: " + e.getMessage());
        }
    }
}
