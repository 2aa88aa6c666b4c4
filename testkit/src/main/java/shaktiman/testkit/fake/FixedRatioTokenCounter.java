package shaktiman.testkit.fake;

import java.util.Objects;
import shaktiman.core.port.TokenCounter;
import shaktiman.testkit.Utf8Length;

/**
 * A {@link TokenCounter} that counts one token per {@code bytesPerToken} UTF-8 bytes, rounded up, so that core's tests
 * can work out budgets by hand. It keeps every vocabulary-free rule of the port ({@code TokenCounterContract}) but not
 * the exact cl100k_base counts, which only the jtokkit adapter meets.
 */
public final class FixedRatioTokenCounter implements TokenCounter {

    /** Roughly cl100k_base's average over source code. */
    public static final int DEFAULT_BYTES_PER_TOKEN = 4;

    private final int bytesPerToken;

    /** One token per {@value #DEFAULT_BYTES_PER_TOKEN} bytes. */
    public FixedRatioTokenCounter() {
        this(DEFAULT_BYTES_PER_TOKEN);
    }

    /** One token per {@code bytesPerToken} bytes; a token cannot be shorter than a byte. */
    public FixedRatioTokenCounter(int bytesPerToken) {
        if (bytesPerToken < 1) {
            throw new IllegalArgumentException("bytesPerToken must be >= 1, was " + bytesPerToken);
        }
        this.bytesPerToken = bytesPerToken;
    }

    @Override
    public int count(String text) {
        Objects.requireNonNull(text, "text");
        return (int) ((Utf8Length.of(text) + bytesPerToken - 1) / bytesPerToken);
    }
}
