package shaktiman.adapters.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The sample sources under {@code src/test/resources}, one or more per language, read from the module's directory. */
final class Samples {

    /** Language id → sample file, one per language of IX-12 that has a grammar. */
    static final Map<String, String> BY_LANGUAGE = Map.ofEntries(
            Map.entry("typescript", "typescript.ts"),
            Map.entry("tsx", "tsx.tsx"),
            Map.entry("javascript", "javascript.js"),
            Map.entry("python", "python.py"),
            Map.entry("go", "go.go"),
            Map.entry("rust", "rust.rs"),
            Map.entry("java", "java.java"),
            Map.entry("ruby", "ruby.rb"),
            Map.entry("erb", "erb.erb"),
            Map.entry("bash", "bash.sh"),
            Map.entry("c", "c.c"),
            Map.entry("cpp", "cpp.cpp"),
            Map.entry("csharp", "csharp.cs"),
            Map.entry("kotlin", "kotlin.kt"),
            Map.entry("php", "php.php"),
            Map.entry("scala", "scala.scala"));

    private static final Path DIR = Path.of("src/test/resources/shaktiman/adapters/parse/samples");

    private Samples() {}

    static String read(String fileName) {
        try {
            return Files.readString(DIR.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample " + DIR.resolve(fileName), e);
        }
    }

    static String forLanguage(String languageId) {
        return read(BY_LANGUAGE.get(languageId));
    }
}
