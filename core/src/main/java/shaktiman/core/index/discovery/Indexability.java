package shaktiman.core.index.discovery;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one predicate of IX-1: for any path it says whether the path is indexed and, if not, why. The cold scan, the
 * catch-up scan, the watcher and {@code explain} all ask it, so no path is accepted by one route and refused by another.
 *
 * <p>Checks, first refusal wins: outside the root; then, for each directory from the top and finally for the entry
 * itself, hard exclude (IX-2), ignore files (IX-3), default excludes (IX-4) and links (IX-7), so that the first refused
 * parent decides for everything below it, as the walk's pruning does; then size (IX-5); then, in {@link #judge} only,
 * binary (IX-6) and read errors on the bytes; finally no language with {@code index.plain_text = false}. Thread-safe.
 */
public final class Indexability {

    private static final System.Logger LOG = System.getLogger(Indexability.class.getName());

    private final Path root;
    private final DiscoveryConfig config;
    private final IgnoreRules ignoreRules;
    private final LanguageDetector languages;
    private final FileContent content;
    private final EntryJudge judge;

    /**
     * The predicate for the project root {@code root} (an existing directory; used as given, and resolved once for link
     * targets) with {@code config}.
     *
     * @throws IllegalArgumentException when {@code root} cannot be resolved, naming it and the OS reason
     */
    public Indexability(Path root, DiscoveryConfig config) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.config = Objects.requireNonNull(config, "config");
        Path realRoot;
        try {
            realRoot = this.root.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot resolve project root " + root + ": " + OsMessage.of(e), e);
        }
        this.ignoreRules = new IgnoreRules(this.root);
        this.languages = new LanguageDetector(config.extensions());
        this.content = new FileContent(config.maxFileBytes());
        this.judge = new EntryJudge(this.root, realRoot, config, languages);
    }

    /** The absolute, normalized root. */
    public Path root() {
        return root;
    }

    public DiscoveryConfig config() {
        return config;
    }

    public LanguageDetector languages() {
        return languages;
    }

    public IgnoreRules ignoreRules() {
        return ignoreRules;
    }

    /** {@code path} relative to the root with {@code /} ({@code ""} for the root), or empty when it lies outside. */
    public Optional<String> relativize(Path path) {
        Path absolute = root.resolve(path).normalize();
        return absolute.startsWith(root) ? Optional.of(Paths.relative(root, absolute)) : Optional.empty();
    }

    /**
     * IX-1 without reading the file's bytes (an extensionless file's first line excepted, for its shebang): a {@link
     * Candidate} still has to pass {@link #read}. A path that does not exist is {@code unreadable} ("no such file or
     * directory"); callers that handle deletions check existence first.
     *
     * @param path relative to the root, with {@code /}, without {@code .} or {@code ..} components
     */
    public Verdict check(String path) {
        requireRelative(path);
        if (path.isEmpty()) {
            return new Verdict.Directory("");
        }
        IgnoreScope scope = ignoreRules.scope("");
        int from = 0;
        while (true) {
            int slash = path.indexOf('/', from);
            String entry = slash < 0 ? path : path.substring(0, slash);
            Verdict verdict = entry(scope, entry);
            if (slash < 0) {
                return verdict;
            }
            switch (verdict) {
                case Verdict.Directory directory -> scope = ignoreRules.childScope(scope, entry);
                case Refusal refusal -> {
                    return refusal;
                }
                case Candidate file -> {
                    return Refusal.withDetail(Reason.UNREADABLE, "not a directory: " + file.path());
                }
            }
            from = slash + 1;
        }
    }

    /** {@link #check(String)} for an absolute path, or one relative to the root; outside the root is refused. */
    public Verdict check(Path path) {
        return relativize(path)
                .map(this::check)
                .orElseGet(() -> Refusal.withDetail(Reason.OUTSIDE_ROOT, "not under " + root));
    }

    /**
     * The whole of IX-1, including the content checks on the first 8,192 bytes: what {@code explain} reports. A {@link
     * Candidate} here would be indexed.
     */
    public Verdict judge(String path) {
        Verdict verdict = check(path);
        boolean readable = verdict instanceof Candidate
                || (verdict instanceof Refusal refusal && refusal.reason() == Reason.NO_LANGUAGE);
        if (!readable) {
            return verdict;
        }
        Optional<Refusal> byContent = content.probe(root.resolve(path));
        return byContent.isPresent() ? byContent.get() : verdict;
    }

    /** {@link #judge(String)} for an absolute path, or one relative to the root; outside the root is refused. */
    public Verdict judge(Path path) {
        return relativize(path)
                .map(this::judge)
                .orElseGet(() -> Refusal.withDetail(Reason.OUTSIDE_ROOT, "not under " + root));
    }

    /** Reads a candidate once: its text and hash, or {@code too_large}, {@code binary} or {@code unreadable}. */
    public Content read(Candidate candidate) {
        return content.read(root.resolve(candidate.path()));
    }

    /**
     * Tells the predicate that {@code changedPath} changed: if it is an ignore file, the cached rules it governs are
     * dropped, and the subtree to reconcile is returned (IX-65).
     */
    public Optional<String> reload(String changedPath) {
        return ignoreRules.reload(changedPath);
    }

    EntryJudge entryJudge() {
        return judge;
    }

    FileContent content() {
        return content;
    }

    private Verdict entry(IgnoreScope scope, String path) {
        Path absolute = root.resolve(path);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return Refusal.withDetail(Reason.UNREADABLE, OsMessage.of(e));
        }
        return judge.entry(scope, path, Paths.name(path), attributes, () -> siblingFiles(absolute.getParent()));
    }

    private static Set<String> siblingFiles(Path directory) {
        Set<String> files = new HashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(entry.getFileName().toString());
                }
            }
        } catch (NoSuchFileException e) {
            return files;
        } catch (IOException e) {
            LOG.log(
                    Level.WARNING,
                    "cannot list {0} to look for a build manifest ({1}); its build directories are not excluded",
                    directory,
                    OsMessage.of(e));
        }
        return files;
    }

    private static void requireRelative(String path) {
        Objects.requireNonNull(path, "path");
        if (path.startsWith("/") || path.endsWith("/") || path.contains("//")) {
            throw new IllegalArgumentException("path must be relative to the root with single '/', got " + path);
        }
        for (String part : path.split("/", -1)) {
            if (part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("path must not contain . or .., got " + path);
            }
        }
    }
}
