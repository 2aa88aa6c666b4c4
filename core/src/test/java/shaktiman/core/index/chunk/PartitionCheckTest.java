package shaktiman.core.index.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import shaktiman.core.model.ChunkKind;

/** Verifies that the partition check reports each kind of broken chunk list (T-20), so the property can fail. */
class PartitionCheckTest {

    private static final String TEXT = "alpha;\nbeta;\n\ngamma;\ndelta;\n";

    private final QuarterCounter counter = new QuarterCounter();
    private final PartitionCheck check = new PartitionCheck(counter, 4);

    @Test
    void check_soundChunks_reportsNothing() {
        assertThat(check.check(TEXT, file(sound()))).isEmpty();
    }

    @Test
    void check_lineOwnedByNoChunk_isReported() {
        List<Chunk> chunks = List.of(sound().getFirst());

        assertThat(check.check(TEXT, file(chunks))).contains("non-blank line 4 is owned by no chunk");
    }

    @Test
    void check_lineOwnedTwice_isReported() {
        List<Chunk> chunks = List.of(block(0, 1, 2), block(1, 2, 5));

        assertThat(check.check(TEXT, file(chunks))).contains("line 2 is owned by 2 chunks");
    }

    @Test
    void check_contentNotVerbatim_isReported() {
        List<Chunk> chunks = replace(1, chunk -> withContent(chunk, "gamma;\ndelta; "));

        assertThat(check.check(TEXT, file(chunks))).anyMatch(violation -> violation.contains("not its lines verbatim"));
    }

    @Test
    void check_wrongTokenCount_isReported() {
        Chunk first = sound().getFirst();
        List<Chunk> chunks = replace(
                0,
                chunk -> new Chunk(
                        0,
                        ChunkKind.BLOCK,
                        false,
                        null,
                        null,
                        null,
                        1,
                        2,
                        first.content(),
                        first.contentHash(),
                        99,
                        -1,
                        -1));

        assertThat(check.check(TEXT, file(chunks))).anyMatch(violation -> violation.contains("token count 99"));
    }

    @Test
    void check_multiLineChunkOverMax_isReported() {
        List<Chunk> chunks = List.of(block(0, 1, 5));

        assertThat(check.check(TEXT, file(chunks))).anyMatch(violation -> violation.contains("over the maximum 4"));
    }

    @Test
    void check_parentThatIsNotTheNearestSummary_isReported() {
        String text = "class A {\n  b;\n}\n";
        Chunk summary = new Chunk(
                0,
                ChunkKind.CLASS,
                true,
                "A",
                "A",
                null,
                1,
                3,
                "class A {\n}",
                ContentHash.of("class A {\n}"),
                3,
                -1,
                -1);
        Chunk orphan = block(1, 2, 2, "  b;");
        PartitionCheck loose = new PartitionCheck(counter, 100);

        assertThat(loose.check(text, file(List.of(summary, orphan))))
                .anyMatch(violation -> violation.contains("nearest enclosing summary is 0"));
    }

    private List<Chunk> sound() {
        return List.of(block(0, 1, 2), block(1, 4, 5));
    }

    private List<Chunk> replace(int index, UnaryOperator<Chunk> change) {
        List<Chunk> chunks = new ArrayList<>(sound());
        chunks.set(index, change.apply(chunks.get(index)));
        return chunks;
    }

    private Chunk block(int index, int start, int end) {
        return block(index, start, end, SourceLines.of(TEXT).join(start, end));
    }

    private Chunk block(int index, int start, int end, String content) {
        return withContent(
                new Chunk(
                        index, ChunkKind.BLOCK, false, null, null, null, start, end, "", ContentHash.of(""), 0, -1, -1),
                content);
    }

    private Chunk withContent(Chunk chunk, String content) {
        return new Chunk(
                chunk.chunkIndex(),
                chunk.kind(),
                chunk.isSummary(),
                chunk.symbolName(),
                chunk.qualifiedName(),
                chunk.signature(),
                chunk.startLine(),
                chunk.endLine(),
                content,
                ContentHash.of(content),
                counter.count(content),
                chunk.parent(),
                chunk.partGroup());
    }

    private static ChunkedFile file(List<Chunk> chunks) {
        return new ChunkedFile(chunks);
    }
}
