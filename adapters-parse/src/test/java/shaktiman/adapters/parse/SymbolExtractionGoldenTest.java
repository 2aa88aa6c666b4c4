package shaktiman.adapters.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import shaktiman.core.index.symbols.ExtractedFile;

/**
 * Verifies the symbol half of T-12: each language's sample gives exactly the symbols, references and imports of its
 * hand-reviewed golden file. Run with {@code -Dshaktiman.golden.update=true} to rewrite the goldens, then review the
 * diff.
 */
class SymbolExtractionGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/shaktiman/adapters/parse/symbols-golden");
    private static Extractions extractions;

    @BeforeAll
    static void open() {
        extractions = new Extractions();
    }

    @AfterAll
    static void close() {
        extractions.close();
    }

    static Stream<String> languages() {
        return Samples.BY_LANGUAGE.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void sample_extractsItsGoldenSymbolsAndReferences(String languageId) throws IOException {
        String sample = Samples.BY_LANGUAGE.get(languageId);
        ExtractedFile file = extractions.extract(sample, languageId, Samples.read(sample));
        String actual = ExtractionDump.render(file);
        Path golden = GOLDEN.resolve(languageId + ".txt");
        if (Boolean.getBoolean("shaktiman.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
        }

        assertThat(actual).isEqualTo(Files.readString(golden));
    }
}
