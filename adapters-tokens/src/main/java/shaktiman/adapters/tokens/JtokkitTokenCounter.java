package shaktiman.adapters.tokens;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.Objects;
import shaktiman.core.port.TokenCounter;

/**
 * Implements {@link TokenCounter} with jtokkit's cl100k_base encoding, loaded from the vocabulary inside jtokkit's
 * jar when the counter is built (nothing is downloaded). jtokkit's encodings are immutable and thread-safe.
 */
public final class JtokkitTokenCounter implements TokenCounter {

    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    private final Encoding encoding;

    /**
     * Loads the cl100k_base vocabulary from jtokkit's jar.
     *
     * @throws IllegalStateException if the jar's vocabulary cannot be read, which means a broken installation
     */
    public JtokkitTokenCounter() {
        try {
            this.encoding = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot load the cl100k_base vocabulary from the jtokkit jar", e);
        }
    }

    @Override
    public int count(String text) {
        Objects.requireNonNull(text, "text");
        // countTokensOrdinary, unlike countTokens and encode, takes special-token text as ordinary text (MCP-1).
        return encoding.countTokensOrdinary(withUnpairedSurrogatesReplaced(text));
    }

    /**
     * jtokkit encodes an unpaired surrogate as its own three bytes, while the reference tokenizer, like every WHATWG
     * UTF-8 encoder, sees U+FFFD; replacing them first keeps the counts equal. Well-formed text is returned as is.
     */
    static String withUnpairedSurrogatesReplaced(String text) {
        StringBuilder replaced = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (replaced == null) {
                replaced = new StringBuilder(text);
            }
            replaced.setCharAt(i, REPLACEMENT_CHARACTER);
        }
        return replaced == null ? text : replaced.toString();
    }
}
