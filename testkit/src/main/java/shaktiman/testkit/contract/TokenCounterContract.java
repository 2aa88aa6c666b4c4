package shaktiman.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import shaktiman.core.port.TokenCounter;
import shaktiman.testkit.Utf8Length;

/**
 * Verifies the behaviour every {@link TokenCounter} promises in its Javadoc that does not depend on the cl100k_base
 * vocabulary; {@link Cl100kTokenCounterContract} adds the exact counts, which only a real BPE counter can meet.
 *
 * <p>One counter serves every test of a class: the port makes counters stateless and thread-safe, and building one
 * loads a whole vocabulary.
 */
@Timeout(120)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TokenCounterContract {

    private static final List<String> SPECIAL_TOKEN_TEXTS =
            List.of("<|endoftext|>", "<|fim_prefix|>", "<|fim_middle|>", "<|fim_suffix|>", "<|endofprompt|>");
    private static final int TEN_MEGABYTES = 10 * 1024 * 1024;
    private static final int THREADS = 8;
    private static final int ROUNDS_PER_THREAD = 5;

    /** For subclasses, which only build the subject. */
    protected TokenCounterContract() {}

    private TokenCounter subject;

    /** Builds the counter under test. */
    protected abstract TokenCounter newCounter();

    @BeforeAll
    final void buildCounter() {
        subject = newCounter();
    }

    /** The counter the tests of this class share. */
    protected final TokenCounter counter() {
        return subject;
    }

    @Test
    void count_ofEmptyString_isZero() {
        TokenCounter counter = counter();

        int count = counter.count("");

        assertThat(count).isZero();
    }

    @Test
    void count_ofAnyNonEmptyText_isAtLeastOne() {
        TokenCounter counter = counter();
        List<String> texts = List.of("a", " ", "\n", "\u0000", "😀", "日", "\uD800");

        List<Integer> counts = texts.stream().map(counter::count).toList();

        assertThat(counts).allSatisfy(count -> assertThat(count).isPositive());
    }

    @Test
    void count_ofEveryReferenceString_isAtMostItsUtf8Length() {
        TokenCounter counter = counter();

        for (Cl100kReference.Entry entry : Cl100kReference.entries()) {
            long count = counter.count(entry.text());

            assertThat(count).as("count of %s", entry).isLessThanOrEqualTo(Utf8Length.of(entry.text()));
        }
    }

    @Test
    void surelyAtMost_whereverItHolds_theCountIsWithinTheLimit() {
        TokenCounter counter = counter();

        for (Cl100kReference.Entry entry : Cl100kReference.entries()) {
            int count = counter.count(entry.text());
            int utf8 = Math.toIntExact(Utf8Length.of(entry.text()));
            for (int limit :
                    new int[] {0, count - 1, count, utf8, 3 * entry.text().length()}) {
                if (TokenCounter.surelyAtMost(entry.text(), limit)) {
                    assertThat(count).as("count of %s, limit %d", entry, limit).isLessThanOrEqualTo(limit);
                }
            }
            assertThat(TokenCounter.surelyAtMost(entry.text(), 3 * entry.text().length()))
                    .as("%s within 3 bytes a char", entry)
                    .isTrue();
        }
    }

    @Test
    void count_ofSpecialTokenText_countsItAsOrdinaryText() {
        TokenCounter counter = counter();

        List<Integer> counts = SPECIAL_TOKEN_TEXTS.stream().map(counter::count).toList();

        // As one special token each would count 1; as ordinary text "<|" and "|>" alone make more.
        assertThat(counts).allSatisfy(count -> assertThat(count).isGreaterThan(1));
    }

    @Test
    void count_withUnpairedSurrogates_countsThemAsReplacementCharacters() {
        TokenCounter counter = counter();

        int lone = counter.count("x\uD800y");
        int reversed = counter.count("\uDC00\uD800 z");

        assertThat(lone).isEqualTo(counter.count("x\uFFFDy"));
        assertThat(reversed).isEqualTo(counter.count("\uFFFD\uFFFD z"));
    }

    @Test
    void count_ofControlCharacters_doesNotThrow() {
        TokenCounter counter = counter();
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c).append('x');
        }
        controls.append('\u007F').append('\u0085').append('\u2028').append('\uFEFF');

        int count = counter.count(controls.toString());

        assertThat(count).isPositive();
    }

    @Test
    void count_ofTheSameText_isTheSameEveryTime() {
        TokenCounter counter = counter();
        String text = "public int count(String text) { return 42; } // 日本語 😀";

        int first = counter.count(text);
        int again = counter.count(new String(text.toCharArray()));

        assertThat(again).isEqualTo(first);
    }

    @Test
    void count_ofNull_throwsNullPointerException() {
        TokenCounter counter = counter();

        assertThatThrownBy(() -> counter.count(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void count_ofTenMegabytesOfText_returnsACountWithinBounds() {
        TokenCounter counter = counter();
        String text = mixedText(TEN_MEGABYTES);

        int count = counter.count(text);

        assertThat(count).isPositive().isLessThanOrEqualTo((int) Utf8Length.of(text));
    }

    @Test
    void count_fromManyThreadsAtOnce_givesTheSingleThreadedCounts() throws Exception {
        TokenCounter counter = counter();
        List<String> texts = new ArrayList<>();
        Cl100kReference.entries().forEach(entry -> texts.add(entry.text()));
        texts.add(mixedText(16 * 1024));
        List<Integer> expected = texts.stream().map(counter::count).toList();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Integer>>> results = new ArrayList<>();

        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await();
                    return countRounds(counter, texts, offset);
                }));
            }
            start.countDown();
            for (Future<List<Integer>> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        }
    }

    /** Counts every text ROUNDS_PER_THREAD times, starting at a different text per thread, and returns the last round. */
    private static List<Integer> countRounds(TokenCounter counter, List<String> texts, int offset) {
        Integer[] last = new Integer[texts.size()];
        for (int round = 0; round < ROUNDS_PER_THREAD; round++) {
            for (int k = 0; k < texts.size(); k++) {
                int i = (k + offset) % texts.size();
                int count = counter.count(texts.get(i));
                if (last[i] != null && last[i] != count) {
                    throw new AssertionError("count of text " + i + " changed from " + last[i] + " to " + count);
                }
                last[i] = count;
            }
        }
        return List.of(last);
    }

    /** Source-like text of at least {@code chars} characters: code, prose, CJK, emoji and whitespace runs. */
    static String mixedText(int chars) {
        String[] lines = {
            "public static int count(String text) { return text.length() / 4; }\n",
            "    // Counts the tokens of 日本語のテキスト and emoji 😀👍🏽 alike.\n",
            "def hash_password(password: str) -> bytes:\n\treturn bcrypt.hashpw(password.encode(), SALT)\n",
            "<|endoftext|> <|fim_prefix|> SELECT * FROM chunks WHERE id = 42;\n",
            "        \n\n\n",
        };
        StringBuilder text = new StringBuilder(chars + 128);
        for (int i = 0; text.length() < chars; i++) {
            text.append(lines[i % lines.length]).append(i).append('\n');
        }
        return text.toString();
    }
}
