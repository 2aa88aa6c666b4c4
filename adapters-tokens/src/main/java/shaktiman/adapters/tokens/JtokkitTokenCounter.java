package shaktiman.adapters.tokens;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import shaktiman.core.port.TokenCounter;

/**
 * Implements {@link TokenCounter} with jtokkit's cl100k_base encoding, loaded from the vocabulary inside jtokkit's
 * jar on the first count (nothing is downloaded). Loading decodes 100,000 ranks, about a third of a second: done at
 * construction it delayed every leader start and every failover (MI-13), though nothing counts before the first scan. jtokkit's encodings are immutable and thread-safe, and so is
 * this counter's cache. All counters of a process share one vocabulary.
 *
 * <p>The chunker counts the same source lines many times over (a unit, then its members, then merged neighbours), so
 * a text is counted as the sum of its segments, each cut where a line starts with optional blanks and then a printable
 * ASCII character, and each segment's count is cached. The sum is exact: cl100k_base cuts its text into pieces with a
 * regular expression and encodes each piece on its own, and no piece spans such a line start (a newline only ends a
 * piece, and a blank run that ends in a newline stops there when the next line has a non-blank character), nor does
 * any piece before it depend on the text after it.
 */
public final class JtokkitTokenCounter implements TokenCounter {

    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    /** Slots of the direct-mapped segment cache; a power of two. */
    private static final int CACHE_SLOTS = 1 << 14;

    /** Longer segments are counted every time, which keeps the cache small (at most some megabytes). */
    private static final int MAX_CACHED_LENGTH = 256;

    private record Counted(String segment, int count) {}

    /** The process's one decoded vocabulary: every counter shares it, so the leader decodes it once, not per user. */
    private static volatile Encoding encoding;

    private final AtomicReferenceArray<Counted> cache = new AtomicReferenceArray<>(CACHE_SLOTS);

    /** A counter whose vocabulary is loaded on its first count. */
    public JtokkitTokenCounter() {}

    /**
     * The cl100k_base encoding, loaded once.
     *
     * @throws IllegalStateException if the jar's vocabulary cannot be read, which means a broken installation
     */
    private static Encoding encoding() {
        Encoding loaded = encoding;
        if (loaded == null) {
            synchronized (JtokkitTokenCounter.class) {
                loaded = encoding;
                if (loaded == null) {
                    try {
                        loaded = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);
                    } catch (RuntimeException e) {
                        throw new IllegalStateException(
                                "cannot load the cl100k_base vocabulary from the jtokkit jar", e);
                    }
                    encoding = loaded;
                }
            }
        }
        return loaded;
    }

    @Override
    public int count(String text) {
        Objects.requireNonNull(text, "text");
        int total = 0;
        int start = 0;
        for (int newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
            if (startsPiece(text, newline + 1)) {
                total += countSegment(text.substring(start, newline + 1));
                start = newline + 1;
            }
        }
        return total + countSegment(start == 0 ? text : text.substring(start));
    }

    /** Whether {@code text} from {@code at} is spaces or tabs and then a printable ASCII character. */
    private static boolean startsPiece(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && text.charAt(i) > ' ' && text.charAt(i) < '\u007F';
    }

    private int countSegment(String segment) {
        if (segment.length() > MAX_CACHED_LENGTH) {
            return encode(segment);
        }
        int slot = segment.hashCode() & (CACHE_SLOTS - 1);
        Counted cached = cache.getPlain(slot);
        if (cached != null && cached.segment().equals(segment)) {
            return cached.count();
        }
        int count = encode(segment);
        // A racing writer may replace the slot; either entry is correct, so plain writes suffice.
        cache.setPlain(slot, new Counted(segment, count));
        return count;
    }

    private int encode(String text) {
        // countTokensOrdinary, unlike countTokens and encode, takes special-token text as ordinary text (MCP-1).
        return encoding().countTokensOrdinary(withUnpairedSurrogatesReplaced(text));
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
