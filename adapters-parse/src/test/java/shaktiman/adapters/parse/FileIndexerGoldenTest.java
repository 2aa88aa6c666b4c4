package shaktiman.adapters.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import shaktiman.core.index.IndexedFile;
import shaktiman.core.index.chunk.ChunkLimits;

/**
 * Verifies the chunk half of T-12: each language's sample, and a Markdown text file, gives exactly the chunks (kind,
 * names, lines, parents) and symbols (with their chunks) of its hand-reviewed golden file. The samples are small, so
 * tiny chunks are not merged here (minimum 0): every unit the table finds shows as its own chunk. Run with {@code
 * -Dshaktiman.golden.update=true} to rewrite the goldens, then review the diff.
 */
class FileIndexerGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/shaktiman/adapters/parse/chunks-golden");
    private static final String MARKDOWN = """
            # Notes

            Shaktiman indexes code.
            It keeps every line.

            ## Setup
            Run the build.
            """;

    private static Indexing indexing;

    @BeforeAll
    static void open() {
        indexing = new Indexing(new ChunkLimits(ChunkLimits.DEFAULTS.maxTokens(), 0));
    }

    @AfterAll
    static void close() {
        indexing.close();
    }

    static Stream<String> languages() {
        return Samples.BY_LANGUAGE.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void sample_indexesToItsGoldenChunksAndSymbols(String languageId) throws IOException {
        String sample = Samples.BY_LANGUAGE.get(languageId);

        IndexedFile file = indexing.index(sample, languageId, Samples.read(sample));

        assertMatchesGolden(languageId, IndexedFileDump.render(file));
    }

    @Test
    void markdown_indexesToItsGoldenBlocks() throws IOException {
        IndexedFile file = indexing.index("notes.md", "text", MARKDOWN);

        assertMatchesGolden("text", IndexedFileDump.render(file));
    }

    private static void assertMatchesGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("shaktiman.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(golden));
    }
}
