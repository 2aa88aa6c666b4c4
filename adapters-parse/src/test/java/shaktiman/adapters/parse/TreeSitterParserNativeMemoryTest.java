package shaktiman.adapters.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.core.port.ParseResult;

/**
 * Verifies that native trees are closed after every parse: none stays open, and the process's memory outside the heap stays
 * flat over 200 parses of a big file (IX-15; T-14 checks the same over whole index runs). tree-sitter-ng's Cleaner
 * would free a forgotten tree after a GC, so the open-tree count is the sharper of the two checks.
 */
@Timeout(300)
class TreeSitterParserNativeMemoryTest {

    private static final int WARM_UP_PARSES = 20;
    private static final int PARSES = 200;
    // One leaked tree of this file holds several MiB of native memory, so 200 leaked trees are far above this.
    private static final long TOLERANCE_BYTES = 96L * 1024 * 1024;

    @Test
    void parse_sameBigFileManyTimes_keepsResidentMemoryFlat() throws IOException {
        String text = bigJavaFile();
        try (TreeSitterParser parser = new TreeSitterParser()) {
            parseTimes(parser, text, WARM_UP_PARSES);
            long before = outsideHeapBytes();

            parseTimes(parser, text, PARSES);

            long after = outsideHeapBytes();
            assertThat(after - before)
                    .as("growth of memory outside the heap over %d parses (before %d, after %d)", PARSES, before, after)
                    .isLessThan(TOLERANCE_BYTES);
        }
    }

    @Test
    void parse_successfulFailedAndTimedOut_leavesNoTreeOpen() {
        try (TreeSitterParser parser = new TreeSitterParser()) {
            parser.parse("java", bigJavaFile(), Duration.ofSeconds(30));
            parser.parse("python", "def broken(:\n", Duration.ofSeconds(30));
            parser.parse("java", bigJavaFile(), Duration.ofNanos(1));

            assertThat(parser.openTrees()).isZero();
        }
    }

    private static void parseTimes(TreeSitterParser parser, String text, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(parser.parse("java", text, Duration.ofSeconds(30))).isInstanceOf(ParseResult.Parsed.class);
        }
        // The copies are garbage at once; collecting them keeps heap growth out of the resident-memory figure.
        System.gc();
    }

    private static String bigJavaFile() {
        StringBuilder text = new StringBuilder("package big;\n\npublic class Big {\n");
        for (int i = 0; i < 400; i++) {
            text.append("    public int method")
                    .append(i)
                    .append("(int a, String b) {\n")
                    .append("        return a + b.length() * ")
                    .append(i)
                    .append(";\n    }\n");
        }
        return text.append("}\n").toString();
    }

    /**
     * Resident memory minus the committed heap (T-14's measure): the heap may grow between the two readings, which says
     * nothing about native trees.
     */
    private static long outsideHeapBytes() throws IOException {
        return residentBytes() - Runtime.getRuntime().totalMemory();
    }

    private static long residentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS line in /proc/self/status");
    }
}
