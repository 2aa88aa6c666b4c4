package shaktiman.core.index.discovery;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The walk of IX-7 and IX-8: entries in lexical order, so the walk is deterministic; ignored and excluded directories
 * pruned, never descended; links never followed; a second path to an already seen file (hard link, bind mount) refused
 * as {@code duplicate_link}; unreadable directories and files reported and the walk goes on; cancellation checked at
 * every entry. It reads no file content except an extensionless file's first line. Each call is independent; a walker
 * may be shared between threads.
 */
public final class Walker {

    private static final Predicate<WalkEntry> INDEXER_VIEW = entry -> switch (entry) {
        case Candidate candidate -> true;
        case WalkEntry.Skipped skipped -> skipped.refusal().reason().recordedAsSkip();
        case WalkEntry.Pruned pruned -> false;
    };

    private final Indexability indexability;

    public Walker(Indexability indexability) {
        this.indexability = Objects.requireNonNull(indexability, "indexability");
    }

    /**
     * Walks {@code subtree} (relative to the root, {@code ""} for the whole tree) for the indexer: reports every
     * {@link Candidate} and every {@link WalkEntry.Skipped} whose reason gets a {@code skipped_files} row (IX-9:
     * too_large, unreadable, outside_root, duplicate_link; binary is found later, on the bytes). Ignored, excluded and
     * language-less paths are not reported. A subtree that does not exist reports nothing.
     *
     * @return {@link WalkOutcome#CANCELLED} as soon as {@code cancelled} says so, else {@link WalkOutcome#COMPLETED}
     */
    public WalkOutcome walk(String subtree, BooleanSupplier cancelled, Consumer<? super WalkEntry> sink) {
        return new Walk(cancelled, entry -> {
                    if (INDEXER_VIEW.test(entry)) {
                        sink.accept(entry);
                    }
                })
                .start(subtree);
    }

    /**
     * Walks {@code subtree} for {@code explain}: like {@link #walk}, but every refused entry is reported, whatever its
     * reason, and every pruned directory as one {@link WalkEntry.Pruned}.
     */
    public WalkOutcome survey(String subtree, BooleanSupplier cancelled, Consumer<? super WalkEntry> sink) {
        return new Walk(cancelled, sink).start(subtree);
    }

    /** The state of one walk: the sink, the cancellation signal and the file keys seen so far. */
    private final class Walk {

        private final BooleanSupplier cancelled;
        private final Consumer<? super WalkEntry> sink;
        private final Map<Object, String> firstPathOfFile = new HashMap<>();
        private final EntryJudge judge = indexability.entryJudge();
        private final IgnoreRules rules = indexability.ignoreRules();

        Walk(BooleanSupplier cancelled, Consumer<? super WalkEntry> sink) {
            this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
            this.sink = Objects.requireNonNull(sink, "sink");
        }

        WalkOutcome start(String subtree) {
            Path start = indexability.root().resolve(subtree);
            if (!Files.exists(start, LinkOption.NOFOLLOW_LINKS)) {
                return WalkOutcome.COMPLETED;
            }
            boolean completed = switch (indexability.check(subtree)) {
                case Verdict.Directory directory -> directory(start, subtree, rules.scope(subtree));
                case Candidate candidate -> {
                    sink.accept(candidate);
                    yield true;
                }
                case Refusal refusal -> {
                    report(subtree, refusal, Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS));
                    yield true;
                }
            };
            return completed ? WalkOutcome.COMPLETED : WalkOutcome.CANCELLED;
        }

        /** Walks one directory; false when cancelled. */
        private boolean directory(Path directory, String path, IgnoreScope scope) {
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
                for (Path entry : entries) {
                    names.add(entry.getFileName().toString());
                }
            } catch (NoSuchFileException e) {
                return true;
            } catch (IOException e) {
                sink.accept(new WalkEntry.Skipped(path, Refusal.withDetail(Reason.UNREADABLE, OsMessage.of(e))));
                return true;
            }
            names.sort(null);
            List<Stat> stats = new ArrayList<>(names.size());
            Set<String> files = new HashSet<>();
            for (String name : names) {
                Stat stat = Stat.of(directory.resolve(name));
                stats.add(stat);
                if (stat instanceof Stat.Read read && !read.attributes().isDirectory()) {
                    files.add(name);
                }
            }
            for (int i = 0; i < names.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    return false;
                }
                String name = names.get(i);
                String child = Paths.child(path, name);
                boolean completed = switch (stats.get(i)) {
                    case Stat.Read read -> entry(directory, scope, child, name, read.attributes(), files);
                    case Stat.Failed failed -> {
                        sink.accept(new WalkEntry.Skipped(
                                child, Refusal.withDetail(Reason.UNREADABLE, OsMessage.of(failed.error()))));
                        yield true;
                    }
                    case Stat.Gone gone -> true;
                };
                if (!completed) {
                    return false;
                }
            }
            return true;
        }

        private boolean entry(
                Path directory,
                IgnoreScope scope,
                String path,
                String name,
                BasicFileAttributes attributes,
                Set<String> siblingFiles) {
            switch (judge.entry(scope, path, name, attributes, () -> siblingFiles)) {
                case Verdict.Directory subdirectory -> {
                    return directory(directory.resolve(name), path, rules.childScope(scope, path));
                }
                case Candidate candidate -> sink.accept(unlessSeen(candidate, attributes.fileKey()));
                case Refusal refusal -> report(path, refusal, attributes.isDirectory());
            }
            return true;
        }

        /** IX-7: the first path of a file in walk order is indexed; a later one with the same file key is a duplicate. */
        private WalkEntry unlessSeen(Candidate candidate, Object fileKey) {
            if (fileKey == null) {
                return candidate;
            }
            String first = firstPathOfFile.putIfAbsent(fileKey, candidate.path());
            if (first == null) {
                return candidate;
            }
            return new WalkEntry.Skipped(
                    candidate.path(), Refusal.withDetail(Reason.DUPLICATE_LINK, "same file as " + first));
        }

        private void report(String path, Refusal refusal, boolean isDirectory) {
            sink.accept(isDirectory ? new WalkEntry.Pruned(path, refusal) : new WalkEntry.Skipped(path, refusal));
        }
    }

    /** An entry's attributes, read without following links, or why they could not be read. */
    private sealed interface Stat {

        record Read(BasicFileAttributes attributes) implements Stat {}

        record Failed(IOException error) implements Stat {}

        /** The entry vanished between the listing and the stat. */
        record Gone() implements Stat {}

        static Stat of(Path entry) {
            try {
                return new Read(Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
            } catch (NoSuchFileException e) {
                return new Gone();
            } catch (IOException e) {
                return new Failed(e);
            }
        }
    }
}
