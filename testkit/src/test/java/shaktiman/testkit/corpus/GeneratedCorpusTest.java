package shaktiman.testkit.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.index.discovery.LanguageDetector;

/** Verifies that the generated corpus is deterministic for a seed and covers every language with linked files. */
class GeneratedCorpusTest {

    @TempDir
    Path temp;

    @Test
    void write_sameSeedTwice_writesIdenticalTrees() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");

        GeneratedCorpus.write(first, 300, 7L);
        GeneratedCorpus.write(second, 300, 7L);

        assertThat(tree(second)).isEqualTo(tree(first));
    }

    @Test
    void write_otherSeed_writesDifferentTree() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");

        GeneratedCorpus.write(first, 100, 7L);
        GeneratedCorpus.write(second, 100, 8L);

        assertThat(tree(second)).isNotEqualTo(tree(first));
    }

    @Test
    void write_eighteenFiles_coversEveryLanguageAndText() throws IOException {
        List<Path> written = GeneratedCorpus.write(temp, 18, 1L);

        LanguageDetector detector = new LanguageDetector(Map.of());
        Set<String> languages = new HashSet<>();
        for (Path relative : written) {
            String head = Files.readString(temp.resolve(relative));
            languages.add(
                    detector.detect(relative.getFileName().toString(), head).orElse(LanguageDetector.TEXT));
        }
        assertThat(languages).containsAll(GeneratedCorpus.LANGUAGES).contains(LanguageDetector.TEXT);
    }

    @Test
    void write_manyFiles_writesExactlyThatManyInNestedDirectories() throws IOException {
        List<Path> written = GeneratedCorpus.write(temp, 500, 3L);

        assertThat(tree(temp)).hasSize(500);
        assertThat(written).hasSize(500).doesNotHaveDuplicates();
        assertThat(written).anyMatch(path -> path.getNameCount() >= 4);
    }

    @Test
    void write_manyFiles_importsAndCallsAcrossFiles() throws IOException {
        List<Path> written = GeneratedCorpus.write(temp, 200, 5L);

        Optional<Path> javaWithImport = written.stream()
                .filter(path -> path.toString().endsWith(".java"))
                .filter(path -> read(temp.resolve(path)).contains("\nimport "))
                .findFirst();
        assertThat(javaWithImport).isPresent();
        String source = read(temp.resolve(javaWithImport.get()));
        String imported = source.lines()
                .filter(line -> line.startsWith("import "))
                .findFirst()
                .orElseThrow()
                .replaceAll(".*\\.(\\w+);", "$1");
        assertThat(source).contains(imported + ".");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
