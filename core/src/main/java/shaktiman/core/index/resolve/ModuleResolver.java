package shaktiman.core.index.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import shaktiman.core.model.SymKind;

/**
 * IX-31's module resolution: finds the project files an import-qualified name (IX-29) leads to, per language. The
 * name joins the module specifier and the member path, and the split between them is not written down, so the longest
 * prefix that names a module wins. Empty means the import resolves nowhere in the project: it is external.
 */
final class ModuleResolver {
    private static final List<String> ECMASCRIPT_EXTENSIONS =
            List.of(".ts", ".tsx", ".d.ts", ".js", ".jsx", ".mjs", ".cjs");
    private static final Set<SymKind> DECLARED = EnumSet.complementOf(EnumSet.of(SymKind.FILE));
    private static final Pattern GO_MODULE = Pattern.compile("(?m)^\\s*module\\s+\"?([^\\s\"]+)\"?");

    private ModuleResolver() {}

    /** The module {@code importQualifiedName} names, seen from the file at {@code sourcePath}. */
    static Optional<ModuleMatch> resolve(
            String sourcePath, String language, String importQualifiedName, CandidateLookup lookup) {
        if (importQualifiedName.isEmpty()) {
            return Optional.empty();
        }
        return switch (language) {
            case "typescript", "tsx", "javascript" -> ecmaScript(sourcePath, importQualifiedName, lookup);
            case "python" -> python(sourcePath, importQualifiedName, lookup);
            case "go" -> go(sourcePath, importQualifiedName, lookup);
            case "rust" -> rust(sourcePath, importQualifiedName, lookup);
            case "c", "cpp" -> include(sourcePath, importQualifiedName, lookup, List.of(""));
            case "ruby", "erb" -> include(sourcePath, importQualifiedName, lookup, List.of("", ".rb"));
            case "bash" -> include(sourcePath, importQualifiedName, lookup, List.of("", ".sh"));
            case "java", "kotlin", "scala", "csharp" ->
                declaredPackage(importQualifiedName, "\\.", ".", language, lookup);
            case "php" -> declaredPackage(importQualifiedName, "\\\\", "\\", language, lookup);
            default -> Optional.empty();
        };
    }

    /** TS/JS: a relative specifier against the importing file's directory, with extension and index probing. */
    private static Optional<ModuleMatch> ecmaScript(String sourcePath, String name, CandidateLookup lookup) {
        if (!(name.startsWith("./") || name.startsWith("../"))) {
            return Optional.empty();
        }
        List<String> segments = List.of(name.split("/", -1));
        for (int k = segments.size(); k >= 1; k--) {
            Optional<String> base = Paths.join(Paths.directory(sourcePath), String.join("/", segments.subList(0, k)));
            if (base.isEmpty()) {
                continue;
            }
            List<String> probes = new ArrayList<>();
            probes.add(base.get());
            ECMASCRIPT_EXTENSIONS.forEach(extension -> probes.add(base.get() + extension));
            ECMASCRIPT_EXTENSIONS.forEach(extension -> probes.add(Paths.child(base.get(), "index" + extension)));
            Optional<String> found = firstExisting(probes, lookup);
            if (found.isPresent()) {
                return Optional.of(new ModuleMatch(List.of(found.get()), segments.subList(k, segments.size())));
            }
        }
        return Optional.empty();
    }

    /**
     * Python: dotted and leading-dot modules to {@code m.py} or {@code m/__init__.py}: relative ones under the importing
     * package, absolute ones under the root, under {@code src/}, or under a directory above the importing file (its
     * package's root).
     */
    private static Optional<ModuleMatch> python(String sourcePath, String name, CandidateLookup lookup) {
        int dots = 0;
        while (dots < name.length() && name.charAt(dots) == '.') {
            dots++;
        }
        List<String> segments =
                name.length() == dots ? List.of() : List.of(name.substring(dots).split("\\.", -1));
        List<String> bases = new ArrayList<>();
        if (dots > 0) {
            String base = Paths.directory(sourcePath);
            for (int up = 1; up < dots; up++) {
                if (base.isEmpty()) {
                    return Optional.empty();
                }
                base = Paths.directory(base);
            }
            bases.add(base);
        } else {
            bases.add("");
            bases.add("src");
            for (String directory = Paths.directory(sourcePath);
                    !directory.isEmpty();
                    directory = Paths.directory(directory)) {
                bases.add(directory);
            }
        }
        int lowest = dots > 0 ? 0 : 1;
        for (int k = segments.size(); k >= lowest; k--) {
            String module = String.join("/", segments.subList(0, k));
            for (String base : bases) {
                String stem = module.isEmpty() ? base : Paths.child(base, module);
                List<String> probes = module.isEmpty()
                        ? List.of(Paths.child(base, "__init__.py"))
                        : List.of(stem + ".py", Paths.child(stem, "__init__.py"));
                Optional<String> found = firstExisting(probes, lookup);
                if (found.isPresent()) {
                    return Optional.of(new ModuleMatch(List.of(found.get()), segments.subList(k, segments.size())));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Go: the import path, after stripping the module path of the nearest {@code go.mod}, names a directory below that
     * {@code go.mod}; the member names follow the first {@code .} after the path's last {@code /}.
     */
    private static Optional<ModuleMatch> go(String sourcePath, String name, CandidateLookup lookup) {
        int slash = name.lastIndexOf('/');
        int dot = name.indexOf('.', slash + 1);
        String importPath = dot < 0 ? name : name.substring(0, dot);
        List<String> rest =
                dot < 0 ? List.of() : List.of(name.substring(dot + 1).split("\\.", -1));
        for (String directory = Paths.directory(sourcePath); ; directory = Paths.directory(directory)) {
            String goMod = Paths.child(directory, "go.mod");
            if (lookup.fileExists(goMod)) {
                Matcher module = GO_MODULE.matcher(lookup.fileText(goMod).orElse(""));
                if (!module.find()) {
                    return Optional.empty();
                }
                String modulePath = module.group(1);
                String relative;
                if (importPath.equals(modulePath)) {
                    relative = "";
                } else if (importPath.startsWith(modulePath + "/")) {
                    relative = importPath.substring(modulePath.length() + 1);
                } else {
                    return Optional.empty();
                }
                String packageDirectory = relative.isEmpty() ? directory : Paths.child(directory, relative);
                List<String> files = lookup.filesIn(packageDirectory).stream()
                        .filter(path -> path.endsWith(".go"))
                        .toList();
                return files.isEmpty() ? Optional.empty() : Optional.of(new ModuleMatch(files, rest));
            }
            if (directory.isEmpty()) {
                return Optional.empty();
            }
        }
    }

    /**
     * Rust: {@code crate::}, {@code super::} and {@code self::} paths (and a path from the crate root, as 2018 editions
     * allow) to {@code a/b.rs} or {@code a/b/mod.rs}.
     */
    private static Optional<ModuleMatch> rust(String sourcePath, String name, CandidateLookup lookup) {
        List<String> segments = new ArrayList<>(Arrays.asList(name.split("::", -1)));
        String base;
        String own = moduleDirectory(sourcePath);
        switch (segments.getFirst()) {
            case "crate" -> {
                base = crateRoot(sourcePath);
                segments.removeFirst();
            }
            case "self" -> {
                base = own;
                segments.removeFirst();
            }
            case "super" -> {
                base = own;
                while (!segments.isEmpty() && segments.getFirst().equals("super")) {
                    base = Paths.directory(base);
                    segments.removeFirst();
                }
            }
            default -> base = crateRoot(sourcePath);
        }
        for (int k = segments.size(); k >= 1; k--) {
            String stem = Paths.child(base, String.join("/", segments.subList(0, k)));
            Optional<String> found = firstExisting(List.of(stem + ".rs", Paths.child(stem, "mod.rs")), lookup);
            if (found.isPresent()) {
                return Optional.of(new ModuleMatch(List.of(found.get()), segments.subList(k, segments.size())));
            }
        }
        if (name.startsWith("crate::") || name.startsWith("self::") || name.startsWith("super::")) {
            List<String> probes = List.of(
                    base + ".rs",
                    Paths.child(base, "mod.rs"),
                    Paths.child(base, "lib.rs"),
                    Paths.child(base, "main.rs"));
            Optional<String> found = firstExisting(probes, lookup);
            if (found.isPresent()) {
                return Optional.of(new ModuleMatch(List.of(found.get()), segments));
            }
        }
        return Optional.empty();
    }

    /** The directory holding a Rust file's child modules: its own for {@code mod.rs}, {@code lib.rs}, {@code main.rs}. */
    private static String moduleDirectory(String sourcePath) {
        String file = Paths.fileName(sourcePath);
        String directory = Paths.directory(sourcePath);
        if (file.equals("mod.rs") || file.equals("lib.rs") || file.equals("main.rs")) {
            return directory;
        }
        return Paths.child(directory, file.substring(0, file.length() - ".rs".length()));
    }

    /** The nearest enclosing {@code src} directory, where a crate's modules start; else the file's own directory. */
    private static String crateRoot(String sourcePath) {
        String directory = Paths.directory(sourcePath);
        for (String at = directory; !at.isEmpty(); at = Paths.directory(at)) {
            if (Paths.fileName(at).equals("src")) {
                return at;
            }
        }
        return directory;
    }

    /**
     * C/C++ quoted includes, Ruby {@code require_relative} and Bash {@code source}: a path relative to the including
     * file, else from the root.
     */
    private static Optional<ModuleMatch> include(
            String sourcePath, String name, CandidateLookup lookup, List<String> extensions) {
        if (name.contains("::")) {
            return Optional.empty();
        }
        List<String> probes = new ArrayList<>();
        for (String start : List.of(Paths.directory(sourcePath), "")) {
            Optional<String> base = Paths.join(start, name);
            base.ifPresent(path -> extensions.forEach(extension -> probes.add(path + extension)));
        }
        return firstExisting(probes, lookup).map(path -> new ModuleMatch(List.of(path), List.of()));
    }

    /**
     * Java, Kotlin, Scala, C# and PHP: a qualified name to the files that declare its package or namespace and, in it,
     * the type (or top-level member) that follows; the rest starts with that type.
     */
    private static Optional<ModuleMatch> declaredPackage(
            String name, String splitter, String separator, String language, CandidateLookup lookup) {
        List<String> segments = List.of(name.split(splitter, -1));
        for (int k = segments.size() - 1; k >= 1; k--) {
            String packageName = String.join(separator, segments.subList(0, k));
            List<String> paths =
                    lookup.symbolsNamed(segments.get(k), DECLARED, LanguageFamily.members(language)).stream()
                            .filter(candidate -> candidate.packageName().equals(packageName))
                            .map(Candidate::path)
                            .distinct()
                            .toList();
            if (!paths.isEmpty()) {
                return Optional.of(new ModuleMatch(paths, segments.subList(k, segments.size())));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstExisting(List<String> probes, CandidateLookup lookup) {
        for (String probe : probes) {
            if (!probe.isEmpty() && lookup.fileExists(probe)) {
                return Optional.of(probe);
            }
        }
        return Optional.empty();
    }
}
