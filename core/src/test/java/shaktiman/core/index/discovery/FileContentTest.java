package shaktiman.core.index.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifies IX-5 and IX-6 on the bytes actually read (T-5's NUL at 8,191 and 8,192, 1 MiB + 1): size limit, binary
 * window, BOM, malformed UTF-8 and the hash.
 */
class FileContentTest {

    private static final long MIB = 1L << 20;

    @TempDir
    Path root;

    private final FileContent reader = new FileContent(MIB);

    private Content read(String name, byte[] bytes) {
        new TestTree(root).bytes(name, bytes);
        return reader.read(root.resolve(name));
    }

    private static byte[] textWithNulAt(int offset) {
        byte[] bytes = new byte[offset + 100];
        Arrays.fill(bytes, (byte) 'a');
        bytes[offset] = 0;
        return bytes;
    }

    @Test
    void read_withNulAtOffset8191_isBinary() {
        Content content = read("a.txt", textWithNulAt(8191));

        assertThat(content).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.reason()).isEqualTo(Reason.BINARY);
            assertThat(refusal.detail()).contains("NUL byte at offset 8191");
        });
    }

    @Test
    void read_withNulAtOffset8192_isText() {
        Content content = read("a.txt", textWithNulAt(8192));

        assertThat(content).isInstanceOf(Content.Text.class);
    }

    @Test
    void read_withOneByteOverTheLimit_isTooLargeWithSizeAndLimit() {
        Content content = read("big.txt", new byte[(int) MIB + 1]);

        assertThat(content).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.reason()).isEqualTo(Reason.TOO_LARGE);
            assertThat(refusal.size()).isEqualTo(OptionalLong.of(MIB + 1));
            assertThat(refusal.detail()).contains("size 1048577 bytes, limit 1048576");
        });
    }

    @Test
    void read_withExactlyTheLimit_isText() {
        byte[] bytes = new byte[(int) MIB];
        Arrays.fill(bytes, (byte) 'x');

        Content content = read("edge.txt", bytes);

        assertThat(content)
                .isInstanceOfSatisfying(
                        Content.Text.class, text -> assertThat(text.size()).isEqualTo(MIB));
    }

    @Test
    void read_withBomAndMalformedBytes_dropsTheBomAndReplacesMalformedBytes() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i', (byte) 0xFF, '\n'};

        Content content = read("a.txt", bytes);

        assertThat(content)
                .isInstanceOfSatisfying(
                        Content.Text.class, text -> assertThat(text.text()).isEqualTo("hi\uFFFD\n"));
    }

    @Test
    void read_withBom_hashesTheRawBytes() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};

        Content content = read("a.txt", bytes);

        // printf '\xef\xbb\xbfhi' | sha256sum; "hi" alone would be 8f4343...
        assertThat(content)
                .isInstanceOfSatisfying(
                        Content.Text.class,
                        text -> assertThat(text.sha256())
                                .isEqualTo("7611e336d2b333aa772acee003373474c86cd9ce975c10d66a4b0156e8641dca"));
    }

    @Test
    void read_ofEmptyFile_givesTheHashOfNothing() {
        Content content = read("empty.txt", new byte[0]);

        assertThat(content)
                .isInstanceOfSatisfying(
                        Content.Text.class,
                        text -> assertThat(text.sha256())
                                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    @Test
    void read_ofLink_isUnreadableBecauseLinksAreNotFollowed() {
        new TestTree(root).file("target.txt").link("link.txt", "target.txt");

        Content content = reader.read(root.resolve("link.txt"));

        assertThat(content)
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.reason()).isEqualTo(Reason.UNREADABLE));
    }

    @Test
    void read_ofMissingFile_isUnreadableWithTheOsMessage() {
        Content content = reader.read(root.resolve("gone.txt"));

        assertThat(content).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.reason()).isEqualTo(Reason.UNREADABLE);
            assertThat(refusal.detail()).contains("no such file or directory");
        });
    }

    @Test
    void probe_withNulInTheWindow_isBinary() {
        new TestTree(root).bytes("a.bin", textWithNulAt(10));

        assertThat(reader.probe(root.resolve("a.bin")))
                .hasValueSatisfying(refusal -> assertThat(refusal.reason()).isEqualTo(Reason.BINARY));
    }
}
