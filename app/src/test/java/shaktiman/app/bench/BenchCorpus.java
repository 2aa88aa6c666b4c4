package shaktiman.app.bench;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One corpus of the index benchmark, as the fetch left it: a tree under the cache, or the reason it is missing.
 *
 * @param name the short name the report prints
 * @param source where it comes from, pinned (Maven coordinates, Debian package and version, generator and seed)
 * @param root the tree to index, in the cache (never indexed in place: the benchmark indexes a copy); empty when skipped
 * @param skipped why the corpus could not be fetched; empty when {@code root} is present
 */
record BenchCorpus(String name, String source, Optional<Path> root, Optional<String> skipped) {

    static BenchCorpus ready(String name, String source, Path root) {
        return new BenchCorpus(name, source, Optional.of(root), Optional.empty());
    }

    static BenchCorpus skipped(String name, String source, String reason) {
        return new BenchCorpus(name, source, Optional.empty(), Optional.of(reason));
    }
}
