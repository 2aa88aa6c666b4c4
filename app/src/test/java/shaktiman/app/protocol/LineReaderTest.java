package shaktiman.app.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verifies the line framing of MI-18 and MI-19: terminators, blank lines, the 64 MiB limit and partial lines. */
class LineReaderTest {

    private static final int MAX = LineReader.MAX_LINE_BYTES;

    private static List<LineReader.Event> readAll(LineReader reader) throws IOException {
        List<LineReader.Event> events = new ArrayList<>();
        LineReader.Event event;
        do {
            event = reader.next();
            events.add(event);
        } while (!(event instanceof LineReader.Eof));
        return events;
    }

    private static List<String> lines(String input) throws IOException {
        List<String> lines = new ArrayList<>();
        for (LineReader.Event event : readAll(new LineReader(new ByteArrayInputStream(input.getBytes(UTF_8))))) {
            if (event instanceof LineReader.Line line) {
                lines.add(new String(line.bytes(), UTF_8));
            }
        }
        return lines;
    }

    @Test
    void next_withCrlfTerminators_stripsTheCarriageReturn() throws IOException {
        assertThat(lines("{\"a\":1}\r\n{\"b\":2}\n")).containsExactly("{\"a\":1}", "{\"b\":2}");
    }

    @Test
    void next_withBlankLines_skipsThem() throws IOException {
        assertThat(lines("\n\r\n  \t\n{\"a\":1}\n\n")).containsExactly("{\"a\":1}");
    }

    @Test
    void next_withPartialLineBeforeEof_dropsIt() throws IOException {
        LineReader reader = new LineReader(new ByteArrayInputStream("{\"a\":1}\n{\"partial\":".getBytes(UTF_8)));

        List<LineReader.Event> events = readAll(reader);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(LineReader.Line.class);
        assertThat(events.get(1)).isInstanceOf(LineReader.Eof.class);
    }

    @Test
    void next_afterEof_keepsReportingEof() throws IOException {
        LineReader reader = new LineReader(InputStream.nullInputStream());

        assertThat(reader.next()).isInstanceOf(LineReader.Eof.class);
        assertThat(reader.next()).isInstanceOf(LineReader.Eof.class);
    }

    @Test
    void next_fromAStreamThatReturnsOneByteAtATime_assemblesTheLines() throws IOException {
        InputStream trickle =
                new FilterInputStream(new ByteArrayInputStream("{\"a\":1}\r\n{\"b\":2}\n".getBytes(UTF_8))) {
                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        return super.read(buffer, offset, Math.min(length, 1));
                    }
                };

        List<LineReader.Event> events = readAll(new LineReader(trickle));

        assertThat(events).hasSize(3);
        assertThat(((LineReader.Line) events.get(1)).bytes()).isEqualTo("{\"b\":2}".getBytes(UTF_8));
    }

    @Test
    void next_withLineOfExactlyTheLimit_passesItByteIdentical() throws IOException {
        byte[] input = new byte[MAX + 2];
        Arrays.fill(input, (byte) 'a');
        input[MAX] = '\r';
        input[MAX + 1] = '\n';

        LineReader.Event event = new LineReader(new ByteArrayInputStream(input)).next();

        assertThat(event).isInstanceOf(LineReader.Line.class);
        byte[] line = ((LineReader.Line) event).bytes();
        assertThat(line.length).isEqualTo(MAX);
        assertThat(line[MAX - 1]).isEqualTo((byte) 'a');
    }

    @Test
    void next_withLineOneByteOverTheLimit_reportsItsSizeAndStringIdThenCarriesOn() throws IOException {
        String prefix = "{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":\"tools/call\",\"params\":{\"q\":\"";
        String suffix = "\"}}";
        long filler = MAX + 1L - prefix.length() - suffix.length();
        InputStream in = new java.io.SequenceInputStream(
                new GeneratedStream(prefix, filler, 'x', suffix + "\n"),
                new ByteArrayInputStream("{\"id\":2}\n".getBytes(UTF_8)));
        LineReader reader = new LineReader(in);

        LineReader.Event first = reader.next();
        LineReader.Event second = reader.next();

        assertThat(first).isEqualTo(new LineReader.Oversized(MAX + 1L, JsonRpcId.of("abc")));
        assertThat(second).isInstanceOf(LineReader.Line.class);
        assertThat(reader.lineCapacity()).isLessThanOrEqualTo(1024 * 1024);
    }

    @Test
    void next_withOversizedLine_keepsTheIdsIntegerType() throws IOException {
        LineReader reader = new LineReader(new GeneratedStream("{\"id\":7,\"q\":\"", 5000, 'x', "\"}\n"), 1024);

        LineReader.Event event = reader.next();

        assertThat(event).isEqualTo(new LineReader.Oversized(13 + 5000 + 2, JsonRpcId.of(7)));
        assertThat(((LineReader.Oversized) event).id().isString()).isFalse();
    }

    @Test
    void next_withHugeOversizedLine_neverGrowsItsBufferPastTheLimit() throws IOException {
        long huge = 256L * 1024 * 1024;
        LineReader reader = new LineReader(new GeneratedStream("{\"id\":\"big\",\"q\":\"", huge, 'x', "\"}\n"), 4096);

        LineReader.Event event = reader.next();

        assertThat(event).isInstanceOf(LineReader.Oversized.class);
        assertThat(((LineReader.Oversized) event).length()).isEqualTo(17 + huge + 2);
        assertThat(reader.lineCapacity()).isLessThanOrEqualTo(4097);
    }

    @Test
    void next_withIdBeyondTheFirst64KiB_reportsNoId() throws IOException {
        String prefix = "{\"params\":{\"q\":\"";
        String suffix = "\"},\"id\":9}\n";
        LineReader reader = new LineReader(new GeneratedStream(prefix, 70_000, 'x', suffix), 1024);

        LineReader.Event event = reader.next();

        assertThat(event).isInstanceOf(LineReader.Oversized.class);
        assertThat(((LineReader.Oversized) event).id()).isNull();
    }

    @Test
    void next_withOversizedLineEndingInCrlf_doesNotCountTheCarriageReturn() throws IOException {
        LineReader reader = new LineReader(new GeneratedStream("{\"id\":1,\"q\":\"", 100, 'x', "\"}\r\n"), 64);

        LineReader.Event event = reader.next();

        assertThat(event).isEqualTo(new LineReader.Oversized(13 + 100 + 2, JsonRpcId.of(1)));
    }

    @Test
    void next_withOversizedPartialLineBeforeEof_reportsOnlyEof() throws IOException {
        LineReader reader = new LineReader(new GeneratedStream("{\"id\":1,\"q\":\"", 5000, 'x', ""), 64);

        assertThat(reader.next()).isInstanceOf(LineReader.Eof.class);
    }
}
