package shaktiman.core.index.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Reads a candidate file once (IX-5, IX-6, IX-10): at most the limit plus one byte, so that a file that grew since its
 * stat is still refused; binary when a NUL is among the first 8,192 bytes; otherwise text, decoded as UTF-8 with the BOM
 * dropped and malformed sequences as U+FFFD, with the SHA-256 of the raw bytes. Links are not followed. Thread-safe.
 */
public final class FileContent {

    /** IX-6: only a NUL among this many leading bytes makes a file binary. */
    public static final int BINARY_WINDOW = 8192;

    private static final int FIRST_LINE_BYTES = 256;

    private final long maxBytes;

    /** A reader that refuses files over {@code maxBytes} ({@code index.max_file_bytes}). */
    public FileContent(long maxBytes) {
        if (maxBytes < 1 || maxBytes > DiscoveryConfig.MAX_READABLE_BYTES) {
            throw new IllegalArgumentException(
                    "maxBytes must be in 1.." + DiscoveryConfig.MAX_READABLE_BYTES + ", got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Reads {@code file}: its text and hash, or a {@code too_large}, {@code binary} or {@code unreadable} refusal. */
    public Content read(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            return Refusal.withDetail(Reason.UNREADABLE, OsMessage.of(e));
        }
        if (bytes.length > maxBytes) {
            return Refusal.tooLarge(sizeOnDisk(file, bytes.length), maxBytes);
        }
        int nul = nulOffset(bytes, bytes.length);
        if (nul >= 0) {
            return binary(nul);
        }
        int start = hasBom(bytes) ? 3 : 0;
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        return new Content.Text(text, sha256(bytes), bytes.length);
    }

    /**
     * The content checks of IX-1 without keeping the text: reads at most the first 8,192 bytes and says whether the
     * file is {@code binary} or {@code unreadable}. {@code explain} uses it; the indexer uses {@link #read}.
     */
    public Optional<Refusal> probe(Path file) {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] head = in.readNBytes(BINARY_WINDOW);
            int nul = nulOffset(head, head.length);
            return nul >= 0 ? Optional.of(binary(nul)) : Optional.empty();
        } catch (IOException e) {
            return Optional.of(Refusal.withDetail(Reason.UNREADABLE, OsMessage.of(e)));
        }
    }

    /** The first line of {@code file} (at most 256 bytes, as much as a kernel reads of a shebang). */
    static String firstLine(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            String head = new String(in.readNBytes(FIRST_LINE_BYTES), StandardCharsets.UTF_8);
            int newline = head.indexOf('\n');
            return newline < 0 ? head : head.substring(0, newline);
        }
    }

    private static Refusal binary(int offset) {
        return Refusal.withDetail(Reason.BINARY, "NUL byte at offset " + offset);
    }

    private static int nulOffset(byte[] bytes, int length) {
        int end = Math.min(length, BINARY_WINDOW);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static long sizeOnDisk(Path file, long bytesRead) {
        try {
            return Math.max(bytesRead, Files.size(file));
        } catch (IOException e) {
            // The bytes already read are a lower bound of the size, which is all the refusal needs.
            return bytesRead;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK provides SHA-256", e);
        }
    }
}
