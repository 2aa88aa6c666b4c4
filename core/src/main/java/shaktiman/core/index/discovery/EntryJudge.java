package shaktiman.core.index.discovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * IX-1's checks for one directory entry whose parent directories have already passed: hard exclude, ignore files,
 * default excludes, links, size and language. The walk and the single-path predicate both call it, so they cannot
 * disagree. Content checks (binary, a failing read) come later, on the bytes.
 */
final class EntryJudge {

    private final Path root;
    private final Path realRoot;
    private final DiscoveryConfig config;
    private final LanguageDetector languages;

    EntryJudge(Path root, Path realRoot, DiscoveryConfig config, LanguageDetector languages) {
        this.root = root;
        this.realRoot = realRoot;
        this.config = config;
        this.languages = languages;
    }

    /**
     * The verdict for the entry {@code path} (relative to the root), named {@code name}, with its attributes read
     * without following links, in the directory whose ignore scope is {@code scope}. {@code siblingFiles} lists the
     * parent's non-directory entries, for the build-manifest rule.
     */
    Verdict entry(
            IgnoreScope scope,
            String path,
            String name,
            BasicFileAttributes attributes,
            Supplier<? extends Collection<String>> siblingFiles) {
        Optional<Refusal> excluded = excludedByName(scope, path, name, attributes.isDirectory(), siblingFiles);
        if (excluded.isPresent()) {
            return excluded.get();
        }
        if (attributes.isDirectory()) {
            return new Verdict.Directory(path);
        }
        if (attributes.isSymbolicLink()) {
            return link(path);
        }
        if (!attributes.isRegularFile()) {
            return Refusal.withDetail(Reason.UNREADABLE, "not a regular file (device, socket or pipe)");
        }
        if (attributes.size() > config.maxFileBytes()) {
            return Refusal.tooLarge(attributes.size(), config.maxFileBytes());
        }
        Optional<String> language = languages.byName(name);
        if (language.isEmpty() && languages.needsFirstLine(name)) {
            try {
                language = languages.byShebang(FileContent.firstLine(root.resolve(path)));
            } catch (IOException e) {
                return Refusal.withDetail(Reason.UNREADABLE, OsMessage.of(e));
            }
        }
        if (language.isEmpty() && !config.plainText()) {
            return Refusal.withDetail(Reason.NO_LANGUAGE, "no language for " + name + " and index.plain_text = false");
        }
        return new Candidate(
                path,
                language.orElse(LanguageDetector.TEXT),
                attributes.size(),
                attributes.lastModifiedTime().toMillis());
    }

    private Optional<Refusal> excludedByName(
            IgnoreScope scope,
            String path,
            String name,
            boolean isDirectory,
            Supplier<? extends Collection<String>> siblingFiles) {
        Optional<Rule.Hard> hard = DefaultExcludes.hard(name);
        if (hard.isPresent()) {
            return Optional.of(Refusal.byRule(Reason.EXCLUDED, hard.get()));
        }
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        IgnorePattern decided = scope.decide(bytes, bytes.length, isDirectory);
        if (decided != null && decided.match().ignored()) {
            return Optional.of(Refusal.byRule(Reason.IGNORED, decided.match().rule()));
        }
        if (decided != null && decided.match().reincludedByShaktimanignore()) {
            return Optional.empty();
        }
        Optional<Rule.Default> byDefault =
                isDirectory ? DefaultExcludes.directory(name, siblingFiles) : DefaultExcludes.file(name);
        return byDefault.map(rule -> Refusal.byRule(Reason.EXCLUDED, rule));
    }

    /** IX-7: a link is never followed; its target decides whether it is outside the root or a duplicate. */
    private Refusal link(String path) {
        Path target;
        try {
            target = root.resolve(path).toRealPath();
        } catch (IOException e) {
            return Refusal.withDetail(Reason.UNREADABLE, "link cannot be resolved: " + OsMessage.of(e));
        }
        if (!target.startsWith(realRoot)) {
            return Refusal.withDetail(Reason.OUTSIDE_ROOT, "link to " + target);
        }
        String inside = Paths.relative(realRoot, target);
        return Refusal.withDetail(Reason.DUPLICATE_LINK, "link to " + (inside.isEmpty() ? "." : inside));
    }
}
