package shaktiman.core.index.discovery;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * IX-2's hard excludes and IX-4's default excludes. Hard excludes are never re-included; a default is lifted for an
 * entry whose deciding ignore line is a {@code !} line of a {@code .shaktimanignore}.
 */
public final class DefaultExcludes {

    private static final Set<String> HARD = Set.of(".git", ".hg", ".svn", ".shaktiman");
    private static final Set<String> DIRECTORIES = Set.of("node_modules", "bower_components", "__pycache__", "venv");
    private static final Set<String> BUILD_OUTPUTS = Set.of("build", "dist", "out", "target", "bin", "obj", "vendor");
    private static final List<String> MANIFESTS = List.of(
            "package.json",
            "pom.xml",
            "build.gradle",
            "build.gradle.kts",
            "settings.gradle",
            "Cargo.toml",
            "go.mod",
            "pyproject.toml",
            "setup.py",
            "composer.json",
            "Gemfile",
            "build.sbt",
            "Makefile",
            "CMakeLists.txt");
    private static final List<String> MANIFEST_SUFFIXES = List.of(".csproj", ".sln");
    private static final Set<String> FILES = Set.of("package-lock.json", "pnpm-lock.yaml", "go.sum");
    private static final List<String> FILE_SUFFIXES =
            List.of(".lock", ".min.js", ".min.css", ".map", ".svg", ".csv", ".tsv", ".log");

    private DefaultExcludes() {}

    /** Whether a root-relative path ({@code /}-separated) lies in or is one of IX-2's hard-excluded directories. */
    public static boolean underHardExclude(String relativePath) {
        int start = 0;
        while (start <= relativePath.length()) {
            int slash = relativePath.indexOf('/', start);
            int end = slash < 0 ? relativePath.length() : slash;
            if (HARD.contains(relativePath.substring(start, end))) {
                return true;
            }
            if (slash < 0) {
                return false;
            }
            start = slash + 1;
        }
        return false;
    }

    /**
     * IX-2: the hard exclude an entry named {@code name} falls under. Besides directories this covers a {@code .git}
     * file, which is how worktrees and submodules point at their repository.
     */
    public static Optional<Rule.Hard> hard(String name) {
        return HARD.contains(name) ? Optional.of(new Rule.Hard(name)) : Optional.empty();
    }

    /**
     * IX-4: the default a directory named {@code name} falls under. {@code siblingFiles} lists the non-directory
     * entries of its parent and is asked only for build-output names, to find the manifest beside them.
     */
    public static Optional<Rule.Default> directory(String name, Supplier<? extends Collection<String>> siblingFiles) {
        if (DIRECTORIES.contains(name)) {
            return Optional.of(new Rule.Default(name, Optional.empty()));
        }
        if (name.startsWith(".")) {
            return Optional.of(new Rule.Default(".*", Optional.empty()));
        }
        if (BUILD_OUTPUTS.contains(name)) {
            return manifest(siblingFiles.get()).map(manifest -> new Rule.Default(name, Optional.of(manifest)));
        }
        return Optional.empty();
    }

    /** IX-4: the default a file (or file link) named {@code name} falls under. */
    public static Optional<Rule.Default> file(String name) {
        if (FILES.contains(name)) {
            return Optional.of(new Rule.Default(name, Optional.empty()));
        }
        for (String suffix : FILE_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return Optional.of(new Rule.Default("*" + suffix, Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a file named {@code name} is a build manifest: creating or deleting one changes whether the build-output
     * directories beside it are excluded, so the watcher reconciles its directory.
     */
    public static boolean isManifest(String name) {
        return MANIFESTS.contains(name) || MANIFEST_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /** The first manifest among {@code files}: in IX-4's order, then {@code *.csproj} and {@code *.sln} by name. */
    private static Optional<String> manifest(Collection<String> files) {
        for (String manifest : MANIFESTS) {
            if (files.contains(manifest)) {
                return Optional.of(manifest);
            }
        }
        return files.stream()
                .filter(file -> MANIFEST_SUFFIXES.stream().anyMatch(file::endsWith))
                .sorted()
                .findFirst();
    }
}
