package shaktiman.adapters.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import shaktiman.core.index.IndexedFile;
import shaktiman.core.index.chunk.Chunk;
import shaktiman.core.model.index.ParseQuality;
import shaktiman.testkit.McpFixture;

/** Verifies T-20's partition property on every language sample and every file of the MCP §6 fixture. */
class FileIndexerPartitionTest {

    private static final Map<String, String> BY_EXTENSION =
            Map.of("ts", "typescript", "go", "go", "java", "java", "py", "python");

    private static Indexing indexing;

    @BeforeAll
    static void open() {
        indexing = new Indexing();
    }

    @AfterAll
    static void close() {
        indexing.close();
    }

    static Stream<Arguments> samples() {
        return Samples.BY_LANGUAGE.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> Arguments.of(entry.getValue(), entry.getKey()));
    }

    static Stream<Arguments> fixtureFiles() {
        return McpFixture.paths().stream().sorted().map(path -> Arguments.of(path, BY_EXTENSION.get(extension(path))));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sample_chunksPartitionItsLines(String sample, String languageId) {
        String text = Samples.read(sample);

        IndexedFile file = indexing.index(sample, languageId, text);

        assertThat(file.parseQuality()).isEqualTo(ParseQuality.FULL);
        assertThat(Indexing.partition().check(text, file.chunks())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("fixtureFiles")
    void fixtureFile_chunksPartitionItsLines(String path, String languageId) {
        String text = McpFixture.text(path);

        IndexedFile file = indexing.index(path, languageId, text);

        assertThat(file.parseQuality()).isEqualTo(ParseQuality.FULL);
        assertThat(Indexing.partition().check(text, file.chunks())).isEmpty();
    }

    @Test
    void bigSwitch_overTheMaximum_isSplitIntoPartsThatPartitionIt() {
        String path = "ts/src/report/big.ts";
        String text = McpFixture.text(path);

        IndexedFile file = indexing.index(path, "typescript", text);

        assertThat(Indexing.COUNTER.count(text)).isGreaterThan(2_000);
        assertThat(file.chunks().chunks())
                .filteredOn(chunk -> chunk.partGroup() >= 0)
                .hasSizeGreaterThan(1)
                .allSatisfy(chunk -> assertThat(chunk.tokenCount()).isLessThanOrEqualTo(1024));
        assertThat(file.chunks().chunks()).extracting(Chunk::tokenCount).allMatch(tokens -> tokens <= 1024);
        assertThat(Indexing.partition().check(text, file.chunks())).isEmpty();
    }

    private static String extension(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
