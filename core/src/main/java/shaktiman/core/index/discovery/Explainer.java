package shaktiman.core.index.discovery;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Explains a path (IX-69) with the one predicate: why a file is or is not indexed, and for a directory the states of the
 * files below it. Reads at most the first 8,192 bytes of each file. Thread-safe.
 */
public final class Explainer {

    private final Indexability indexability;
    private final Walker walker;

    public Explainer(Indexability indexability) {
        this.indexability = Objects.requireNonNull(indexability, "indexability");
        this.walker = new Walker(indexability);
    }

    /** Explains {@code path}, absolute or relative to the root. */
    public Explanation explain(Path path) {
        Optional<String> relative = indexability.relativize(path);
        if (relative.isEmpty()) {
            return Explanation.refused(
                    path.toString(), Refusal.withDetail(Reason.OUTSIDE_ROOT, "not under " + indexability.root()));
        }
        String rel = relative.get();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(
                    indexability.root().resolve(rel), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Explanation.notFound(rel);
        } catch (IOException e) {
            return Explanation.refused(rel, Refusal.withDetail(Reason.UNREADABLE, OsMessage.of(e)));
        }
        if (attributes.isDirectory()) {
            Optional<Refusal> refusal =
                    indexability.check(rel) instanceof Refusal r ? Optional.of(r) : Optional.empty();
            return Explanation.directory(rel.isEmpty() ? "." : rel, refusal, files(rel));
        }
        return switch (indexability.judge(rel)) {
            case Candidate candidate -> Explanation.indexed(rel, candidate.language());
            case Refusal refusal -> Explanation.refused(rel, refusal);
            case Verdict.Directory directory -> throw new AssertionError("a non-directory judged a directory: " + rel);
        };
    }

    /**
     * One explanation per file below {@code directory} (relative to the root), in walk order; files under a pruned
     * directory take its state and rule. The caller can refine each with the store and recount with {@link
     * Explanation#directory}.
     */
    public List<Explanation> files(String directory) {
        List<Explanation> files = new ArrayList<>();
        walker.survey(directory, () -> false, entry -> {
            switch (entry) {
                case Candidate candidate -> files.add(explainCandidate(candidate));
                case WalkEntry.Skipped skipped -> files.add(Explanation.refused(skipped.path(), skipped.refusal()));
                case WalkEntry.Pruned pruned -> filesBelow(pruned, files);
            }
        });
        return files;
    }

    private Explanation explainCandidate(Candidate candidate) {
        return indexability
                .content()
                .probe(indexability.root().resolve(candidate.path()))
                .map(refusal -> Explanation.refused(candidate.path(), refusal))
                .orElseGet(() -> Explanation.indexed(candidate.path(), candidate.language()));
    }

    /** Every non-directory below a pruned directory, without following links, explained by the directory's refusal. */
    private void filesBelow(WalkEntry.Pruned pruned, List<Explanation> files) {
        Path top = indexability.root().resolve(pruned.path());
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    files.add(Explanation.refused(Paths.relative(indexability.root(), file), pruned.refusal()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // Counted all the same: the pruned directory's state decides it whether or not it can be read.
                    files.add(Explanation.refused(Paths.relative(indexability.root(), file), pruned.refusal()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new AssertionError("the visitor handles every failure, yet walking " + top + " failed", e);
        }
    }
}
