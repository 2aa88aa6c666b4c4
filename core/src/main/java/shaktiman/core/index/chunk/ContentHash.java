package shaktiman.core.index.chunk;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The {@code content_hash} of a chunk: SHA-256 of its content's UTF-8 bytes, in lowercase hex. */
final class ContentHash {

    private ContentHash() {}

    static String of(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest's Javadoc).
            throw new AssertionError("the JDK has no SHA-256 digest", e);
        }
    }

    static boolean isWellFormed(String hash) {
        return hash.length() == 64 && hash.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
