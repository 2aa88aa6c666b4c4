package shaktiman.core.index.discovery;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * IX-12's language detection: the lower-cased extension first, then the basename, with {@code index.extensions}
 * overriding the built-in table; an extensionless file whose first line is a {@code #!} naming {@code sh} or {@code
 * bash} is bash. The scan and the watcher both use this one class, so {@code Foo.TS} is typescript on both routes.
 */
public final class LanguageDetector {

    /** The language of every indexed file that has no specific language (IX-16). */
    public static final String TEXT = "text";

    /** Bumped whenever the table changes, for the index fingerprint (IX-40). */
    public static final int TABLE_VERSION = 1;

    private static final Map<String, String> EXTENSIONS = builtInExtensions();
    private static final Map<String, String> BASENAMES = Map.of("Rakefile", "ruby", "Gemfile", "ruby");
    private static final Set<String> SHELLS = Set.of("sh", "bash");

    private final Map<String, String> extensions;

    /** A detector with {@code overrides} (extension without dot, any case, to language id) over the built-in table. */
    public LanguageDetector(Map<String, String> overrides) {
        Objects.requireNonNull(overrides, "overrides");
        Map<String, String> merged = new HashMap<>(EXTENSIONS);
        overrides.forEach((extension, language) -> merged.put(extension.toLowerCase(Locale.ROOT), language));
        this.extensions = Map.copyOf(merged);
    }

    /** The built-in table: extension (lower case, no dot) to language id. */
    public static Map<String, String> builtInExtensions() {
        Map<String, String> table = new HashMap<>();
        put(table, "typescript", "ts", "mts", "cts");
        put(table, "tsx", "tsx");
        put(table, "javascript", "js", "jsx", "mjs", "cjs");
        put(table, "python", "py", "pyi");
        put(table, "go", "go");
        put(table, "rust", "rs");
        put(table, "java", "java");
        put(table, "ruby", "rb", "rake", "gemspec");
        put(table, "erb", "erb");
        put(table, "bash", "sh", "bash");
        put(table, "c", "c", "h");
        put(table, "cpp", "cc", "cpp", "cxx", "hh", "hpp", "hxx");
        put(table, "csharp", "cs");
        put(table, "kotlin", "kt", "kts");
        put(table, "php", "php");
        put(table, "scala", "scala", "sc");
        return Map.copyOf(table);
    }

    /** The language {@code fileName}'s extension or basename gives, if any. */
    public Optional<String> byName(String fileName) {
        Optional<String> extension = extension(fileName);
        if (extension.isPresent()) {
            String language = extensions.get(extension.get().toLowerCase(Locale.ROOT));
            if (language != null) {
                return Optional.of(language);
            }
        }
        return Optional.ofNullable(BASENAMES.get(fileName));
    }

    /** Whether {@code fileName}'s language depends on its first line: it has no extension and no known basename. */
    public boolean needsFirstLine(String fileName) {
        return extension(fileName).isEmpty() && !BASENAMES.containsKey(fileName);
    }

    /** {@code bash} when {@code firstLine} is a shebang naming {@code sh} or {@code bash} (directly or via env). */
    public Optional<String> byShebang(String firstLine) {
        if (!firstLine.startsWith("#!")) {
            return Optional.empty();
        }
        String[] words = firstLine.substring(2).trim().split("[ \t]+");
        String interpreter = baseName(words[0]);
        if (interpreter.equals("env")) {
            interpreter = "";
            for (int i = 1; i < words.length; i++) {
                if (!words[i].startsWith("-") && !words[i].contains("=")) {
                    interpreter = baseName(words[i]);
                    break;
                }
            }
        }
        return SHELLS.contains(interpreter) ? Optional.of("bash") : Optional.empty();
    }

    /**
     * The specific language of a file named {@code fileName} whose text starts with {@code head} (only its first line
     * is used, and only for extensionless files), or empty when the file is plain text.
     */
    public Optional<String> detect(String fileName, String head) {
        Optional<String> byName = byName(fileName);
        if (byName.isPresent() || !needsFirstLine(fileName)) {
            return byName;
        }
        int newline = head.indexOf('\n');
        return byShebang(newline < 0 ? head : head.substring(0, newline));
    }

    /** The extension after the last dot, absent for names without one, dot files ({@code .bashrc}) and {@code foo.}. */
    static Optional<String> extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(fileName.substring(dot + 1));
    }

    private static String baseName(String command) {
        return command.substring(command.lastIndexOf('/') + 1);
    }

    private static void put(Map<String, String> table, String language, String... extensions) {
        for (String extension : extensions) {
            table.put(extension, language);
        }
    }
}
