package shaktiman.core.index.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Verifies the partition property (T-20, IX-19) and determinism (IX-26) on 1,000 seeded random toy sources. */
class PartitionPropertyTest {

    private static final List<ChunkLimits> LIMITS =
            List.of(new ChunkLimits(12, 0), new ChunkLimits(40, 8), new ChunkLimits(60, 20), new ChunkLimits(200, 20));

    static List<Long> seeds() {
        return java.util.stream.LongStream.range(0, 1_000).boxed().toList();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void syntaxChunks_ofRandomSource_partitionTheFileAndRepeatExactly(long seed) {
        String text = ToySources.generate(seed);
        ChunkLimits limits = LIMITS.get(new Random(seed).nextInt(LIMITS.size()));
        QuarterCounter counter = new QuarterCounter();
        SyntaxChunker chunker = new SyntaxChunker(counter, limits, new RecordingLogger());

        ChunkedFile first = chunker.chunk("seed-" + seed + ".toy", ToyParser.parse(text), new ToyRules());
        ChunkedFile second = chunker.chunk("seed-" + seed + ".toy", ToyParser.parse(text), new ToyRules());

        assertThat(new PartitionCheck(counter, limits.maxTokens()).check(text, first))
                .as("violations for seed %d, limits %s, text:%n%s", seed, limits, text)
                .isEmpty();
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void textChunks_ofRandomSourceAsMarkdown_partitionTheFile(long seed) {
        String text = ToySources.generate(seed).replace("// comment", "# heading");
        ChunkLimits limits = LIMITS.get(new Random(seed).nextInt(LIMITS.size()));
        QuarterCounter counter = new QuarterCounter();

        ChunkedFile chunks = new TextChunker(counter, limits).chunk(text, TextFormat.MARKDOWN);

        assertThat(new PartitionCheck(counter, limits.maxTokens()).check(text, chunks))
                .as("violations for seed %d, limits %s, text:%n%s", seed, limits, text)
                .isEmpty();
    }
}
