package shaktiman.core.index.discovery;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ignore files of IX-3 under one root, with git's semantics: {@code .git/info/exclude}, then {@code .gitignore} in
 * any directory, then {@code .shaktimanignore} in any directory, each overriding the ones before; deeper files override
 * shallower ones; and a path whose parent directory is ignored stays ignored whatever a deeper line says. Files are read
 * lazily, once per directory, and cached until {@link #reload} says one changed. Thread-safe.
 */
public final class IgnoreRules {

    /** git's per-directory ignore file. */
    public static final String GITIGNORE = ".gitignore";

    /** Shaktiman's per-directory ignore file, overriding every git source. */
    public static final String SHAKTIMANIGNORE = ".shaktimanignore";

    /** The repository's own exclude file, relative to the root. */
    public static final String INFO_EXCLUDE = ".git/info/exclude";

    private static final System.Logger LOG = System.getLogger(IgnoreRules.class.getName());

    private final Path root;
    private final ConcurrentHashMap<String, IgnoreScope> scopes = new ConcurrentHashMap<>();

    /** The rules under {@code root}, an absolute directory. Nothing is read until a path is asked about. */
    public IgnoreRules(Path root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /**
     * The line that decides {@code path} (relative to the root, with {@code /}) by IX-3 alone, or empty when no line
     * matches. When a parent directory is ignored, that directory's line decides. {@code isDirectory} matters for lines
     * ending in {@code /}; parent directories are always taken as directories.
     */
    public Optional<IgnoreMatch> match(String path, boolean isDirectory) {
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        IgnoreScope scope = scope("");
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '/') {
                continue;
            }
            IgnorePattern parent = scope.decide(bytes, i, true);
            if (parent != null && parent.match().ignored()) {
                return Optional.of(parent.match());
            }
            scope = childScope(scope, new String(bytes, 0, i, StandardCharsets.UTF_8));
        }
        return Optional.ofNullable(scope.decide(bytes, bytes.length, isDirectory))
                .map(IgnorePattern::match);
    }

    /**
     * Forgets the cached rules that {@code changedPath} (relative to the root) governs, if it is an ignore file, and
     * returns the subtree to reconcile (IX-65): {@code ""} for the root.
     */
    public Optional<String> reload(String changedPath) {
        Optional<String> subtree = governedSubtree(changedPath);
        subtree.ifPresent(directory -> {
            if (directory.isEmpty()) {
                scopes.clear();
            } else {
                String prefix = directory + "/";
                scopes.keySet().removeIf(key -> key.equals(directory) || key.startsWith(prefix));
            }
        });
        return subtree;
    }

    /**
     * The subtree an ignore file governs: {@code ""} for {@code .git/info/exclude} and the root's files, the directory
     * holding a nested {@code .gitignore} or {@code .shaktimanignore}, empty for any other path.
     */
    public static Optional<String> governedSubtree(String path) {
        if (path.equals(INFO_EXCLUDE)) {
            return Optional.of("");
        }
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        if (name.equals(GITIGNORE) || name.equals(SHAKTIMANIGNORE)) {
            return Optional.of(slash < 0 ? "" : path.substring(0, slash));
        }
        return Optional.empty();
    }

    /** The scope in force inside {@code directory} (relative to the root, {@code ""} for the root). */
    IgnoreScope scope(String directory) {
        IgnoreScope cached = scopes.get(directory);
        if (cached != null) {
            return cached;
        }
        if (directory.isEmpty()) {
            IgnoreScope rootScope = IgnoreScope.root(
                    load(INFO_EXCLUDE, "", IgnoreSource.INFO_EXCLUDE, true),
                    load(GITIGNORE, "", IgnoreSource.GITIGNORE, false),
                    load(SHAKTIMANIGNORE, "", IgnoreSource.SHAKTIMANIGNORE, false));
            IgnoreScope raced = scopes.putIfAbsent("", rootScope);
            return raced != null ? raced : rootScope;
        }
        int slash = directory.lastIndexOf('/');
        return childScope(scope(slash < 0 ? "" : directory.substring(0, slash)), directory);
    }

    /** The scope of {@code directory}, a child of the directory whose scope is {@code parent}. */
    IgnoreScope childScope(IgnoreScope parent, String directory) {
        IgnoreScope cached = scopes.get(directory);
        if (cached != null) {
            return cached;
        }
        IgnoreScope child = parent.child(
                load(directory + "/" + GITIGNORE, directory, IgnoreSource.GITIGNORE, false),
                load(directory + "/" + SHAKTIMANIGNORE, directory, IgnoreSource.SHAKTIMANIGNORE, false));
        IgnoreScope raced = scopes.putIfAbsent(directory, child);
        return raced != null ? raced : child;
    }

    private PatternList load(String sourcePath, String baseDirectory, IgnoreSource source, boolean followLinks) {
        Path file = root.resolve(sourcePath);
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink() && !followLinks) {
                // git refuses symlinked per-directory ignore files; so do we, so that T-3's comparison holds.
                LOG.log(Level.WARNING, "ignore file {0} is a symbolic link and is not read", sourcePath);
                return PatternList.empty();
            }
            if (!Files.isRegularFile(file)) {
                return PatternList.empty();
            }
            return PatternList.parse(Files.readAllBytes(file), baseDirectory, sourcePath, source);
        } catch (NoSuchFileException e) {
            return PatternList.empty();
        } catch (IOException e) {
            LOG.log(
                    Level.WARNING,
                    "cannot read ignore file {0} ({1}); its lines are not applied",
                    sourcePath,
                    OsMessage.of(e));
            return PatternList.empty();
        }
    }
}
