package shaktiman.core.index.chunk;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.concurrent.atomic.AtomicInteger;
import shaktiman.core.port.TokenCounter;

/**
 * A test-only token counter for core's tests, which cannot use testkit's fakes: one token per four UTF-8 bytes, rounded
 * up, so that sizes can be worked out by hand; it also counts its calls (T-22).
 */
final class QuarterCounter implements TokenCounter {

    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public int count(String text) {
        calls.incrementAndGet();
        return (text.getBytes(UTF_8).length + 3) / 4;
    }

    int calls() {
        return calls.get();
    }

    void reset() {
        calls.set(0);
    }
}
