package shaktiman.core.port;

/**
 * The one token counter of the whole system (MCP-1): every token figure that is stored, reported or enforced (chunk
 * {@code token_count}, the {@code ~N tokens} hint, context budgets, output limits, metrics) comes from it.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #count(String)} returns the number of <b>cl100k_base</b> BPE tokens of the UTF-8 encoding of the text.
 *       Special-token strings such as {@code <|endoftext|>} or {@code <|fim_prefix|>} are encoded as ordinary text,
 *       exactly as OpenAI's tokenizer does with no special tokens allowed; they never count as one special token.
 *   <li>Text that is not well-formed UTF-16 is encoded as a WHATWG UTF-8 encoder (and so the reference tokenizer)
 *       encodes it: each unpaired surrogate counts as U+FFFD.
 *   <li>The empty string counts 0, and any other string at least 1 and at most its UTF-8 length in bytes.
 *   <li>It never throws for any string: any length, control characters, NUL, unpaired surrogates, special-token text.
 *       Only {@code null} is rejected, with {@link NullPointerException}.
 *   <li>It is a pure function of the text: the same text always gives the same count.
 *   <li>Implementations are thread-safe: any number of threads may count at once, without external locking, and get
 *       the same counts as one thread would. A call blocks only for the CPU work of counting; it does no I/O.
 *   <li>It holds no resource that needs closing; the vocabulary is loaded when the counter is built.
 * </ul>
 */
public interface TokenCounter {

    /**
     * Counts the cl100k_base tokens of {@code text}, special-token strings counted as ordinary text.
     *
     * @throws NullPointerException if {@code text} is null
     */
    int count(String text);

    /**
     * Whether {@code count(text) <= limit} follows from the contract's bound alone (a count is at most the text's
     * UTF-8 length, an unpaired surrogate counting as U+FFFD's 3 bytes), so that an output limit needs no counting.
     * Every char is taken at its most: 1 byte below U+0080, 2 below U+0800, else 3.
     */
    static boolean surelyAtMost(String text, int limit) {
        long bytes = 0;
        for (int i = 0; i < text.length() && bytes <= limit; i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes <= limit;
    }
}
