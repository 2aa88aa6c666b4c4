package shaktiman.core.port;

import java.time.Duration;
import java.util.Set;
import java.util.SortedMap;

/**
 * Parses source text into a {@link shaktiman.core.model.syntax.SyntaxTree}: a plain Java copy of a concrete syntax
 * tree, so that the chunker and the symbol extractor never touch a native parser.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #parse} blocks the calling thread until the text is parsed, the parse fails, or {@code timeout} has
 *       passed. It never returns a partial tree: a parse that fails or runs past its timeout is cancelled and returned
 *       as {@link ParseResult.Failed} with a reason a person can read. A tree that contains error or missing nodes is
 *       {@link ParseResult.Parsed} with {@code hasErrors = true}. Expected outcomes are return values; only misuse
 *       throws.
 *   <li>Every native resource a parse uses (tree, cursor) is released before {@link #parse} returns; the returned tree
 *       holds no native handle and may be kept, shared and read from any thread.
 *   <li>Thread safety: every method may be called from several threads at once. Each concurrent caller gets its own
 *       native parser, so parses on different threads run in parallel. Parsers are reused, and JNI pins the carrier of
 *       a virtual thread for the whole parse, so callers should parse on a bounded pool of platform threads.
 *   <li>{@link #supportedLanguages()} and {@link #grammarVersions()} never change during the life of an instance.
 *   <li>{@link #close()} is idempotent and frees every parser once the parses still running have returned. After close,
 *       {@link #parse} throws {@link SyntaxParserException} saying the parser is closed; the two getters keep working.
 * </ul>
 */
public interface SyntaxParser extends AutoCloseable {

    /** The language ids (IX-12's names, such as {@code typescript} or {@code erb}) that {@link #parse} accepts. */
    Set<String> supportedLanguages();

    /**
     * The version of every grammar and parser-runtime artifact in use, keyed by artifact name and sorted by it, for the
     * index fingerprint (IX-40). Two instances built from the same artifacts return equal maps.
     */
    SortedMap<String, String> grammarVersions();

    /**
     * Parses {@code text} as {@code languageId}.
     *
     * @param timeout wall-clock limit for this parse; positive
     * @throws IllegalArgumentException if the language is not one of {@link #supportedLanguages()} or the timeout is not
     *     positive
     * @throws SyntaxParserException after {@link #close()}
     */
    ParseResult parse(String languageId, String text, Duration timeout);

    /** Frees every native parser; idempotent. */
    @Override
    void close();
}
