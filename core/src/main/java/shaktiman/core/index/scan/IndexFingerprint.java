package shaktiman.core.index.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The index fingerprint of IX-40: SHA-256 over everything that decides how rows are derived from bytes, so that a
 * change to any of them rebuilds the index in place.
 *
 * @param chunkerVersion the chunking algorithm's version (starts at 1)
 * @param grammarVersions every grammar and parser-runtime artifact version
 * @param maxChunkTokens {@code index.max_chunk_tokens}
 * @param minChunkTokens {@code index.min_chunk_tokens}
 * @param analyzerVersion the identifier analyzer's version (MCP-40)
 * @param languageTableVersion the version of the per-language grammar table (IX-15) and of IX-12's detection table
 * @param plainText {@code index.plain_text}
 * @param extensions {@code index.extensions}
 */
public record IndexFingerprint(
        int chunkerVersion,
        SortedMap<String, String> grammarVersions,
        int maxChunkTokens,
        int minChunkTokens,
        int analyzerVersion,
        String languageTableVersion,
        boolean plainText,
        Map<String, String> extensions) {

    /** The current chunking algorithm; raise it with every change to how chunks are cut. */
    public static final int CHUNKER_VERSION = 1;

    public IndexFingerprint {
        grammarVersions = new TreeMap<>(Objects.requireNonNull(grammarVersions, "grammarVersions"));
        Objects.requireNonNull(languageTableVersion, "languageTableVersion");
        extensions = new TreeMap<>(Objects.requireNonNull(extensions, "extensions"));
    }

    /** The lowercase hex SHA-256 of a canonical, line-per-field rendering of the inputs. */
    public String value() {
        StringBuilder canonical =
                new StringBuilder().append("chunker=").append(chunkerVersion).append('\n');
        grammarVersions.forEach((artifact, version) -> canonical
                .append("grammar.")
                .append(artifact)
                .append('=')
                .append(version)
                .append('\n'));
        canonical.append("max=").append(maxChunkTokens).append('\n');
        canonical.append("min=").append(minChunkTokens).append('\n');
        canonical.append("analyzer=").append(analyzerVersion).append('\n');
        canonical.append("languages=").append(languageTableVersion).append('\n');
        canonical.append("plain_text=").append(plainText).append('\n');
        extensions.forEach((ext, language) -> canonical
                .append("ext.")
                .append(ext)
                .append('=')
                .append(language)
                .append('\n'));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK provides SHA-256", e);
        }
    }
}
