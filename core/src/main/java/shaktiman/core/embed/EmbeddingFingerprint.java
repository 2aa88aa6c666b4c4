package shaktiman.core.embed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import shaktiman.core.port.Embedder;

/**
 * The embedding fingerprint of IX-52: {@code <provider>:<model id>:<dims>:<sha256 hex of the document prefix>}. It is
 * stored in the index's {@code config} and in the vector file header; when it changes, every chunk is embedded again.
 */
public final class EmbeddingFingerprint {
    private EmbeddingFingerprint() {}

    /** The fingerprint of {@code embedder}'s provider, model and dims with {@code documentPrefix}. */
    public static String of(Embedder embedder, String documentPrefix) {
        return of(embedder.provider(), embedder.modelId(), embedder.dims(), documentPrefix);
    }

    /** The fingerprint of these values. */
    public static String of(String provider, String modelId, int dims, String documentPrefix) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(documentPrefix, "documentPrefix");
        if (dims < 1) {
            throw new IllegalArgumentException("dims must be at least 1; got " + dims);
        }
        // Hashed so that a 200-character prefix still fits the vector file's 512-byte model id field (IX-58).
        return provider + ":" + modelId + ":" + dims + ":" + sha256(documentPrefix);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every Java platform has SHA-256, this one has not", e);
        }
    }
}
