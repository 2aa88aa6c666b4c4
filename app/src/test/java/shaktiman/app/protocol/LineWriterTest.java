package shaktiman.app.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Verifies that {@link LineWriter} writes whole lines, never interleaved, and reports a broken output once. */
class LineWriterTest {

    @Test
    void writeLine_fromManyThreads_neverInterleavesLines() throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        LineWriter writer = new LineWriter(sink);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            String line = String.valueOf((char) ('a' + t)).repeat(200_000);
            threads.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 20; i++) {
                    try {
                        writer.writeLine(line.getBytes(UTF_8));
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }

        String[] lines = sink.toString(UTF_8).split("\n");

        assertThat(lines).hasSize(160);
        for (String line : lines) {
            assertThat(line).hasSize(200_000);
            assertThat(line.chars().distinct().count()).isEqualTo(1);
        }
    }

    @Test
    void writeLine_whenTheStreamFails_throwsOnceThenDrops() throws IOException {
        AtomicInteger attempts = new AtomicInteger();
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                attempts.incrementAndGet();
                throw new IOException("Broken pipe");
            }

            @Override
            public void flush() throws IOException {
                attempts.incrementAndGet();
                throw new IOException("Broken pipe");
            }
        };
        LineWriter writer = new LineWriter(failing);

        assertThatThrownBy(() -> writer.writeLine("{}".getBytes(UTF_8)))
                .isInstanceOf(IOException.class)
                .hasMessage("Broken pipe");
        int afterFirst = attempts.get();
        writer.writeLine("{}".getBytes(UTF_8));

        assertThat(writer.broken()).isTrue();
        assertThat(attempts.get()).isEqualTo(afterFirst);
    }
}
