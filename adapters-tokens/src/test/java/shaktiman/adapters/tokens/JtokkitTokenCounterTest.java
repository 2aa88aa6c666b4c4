package shaktiman.adapters.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import shaktiman.core.port.TokenCounter;
import shaktiman.testkit.contract.Cl100kTokenCounterContract;

/** Verifies that the jtokkit counter keeps the whole {@link TokenCounter} contract, exact cl100k_base counts included. */
class JtokkitTokenCounterTest extends Cl100kTokenCounterContract {

    @Override
    protected TokenCounter newCounter() {
        return new JtokkitTokenCounter();
    }

    @Test
    void count_ofSpecialTokenText_isNotOneSpecialToken() {
        TokenCounter counter = counter();

        int count = counter.count("<|endoftext|>");

        // cl100k_base as ordinary text: "<", "|", "endo", "ft", "ext", "|", ">".
        assertThat(count).isEqualTo(7);
    }

    @Test
    void withUnpairedSurrogatesReplaced_ofWellFormedText_returnsTheSameInstance() {
        String text = "emoji 😀 and 日本語";

        String result = JtokkitTokenCounter.withUnpairedSurrogatesReplaced(text);

        assertThat(result).isSameAs(text);
    }

    @Test
    void withUnpairedSurrogatesReplaced_ofLoneAndReversedSurrogates_replacesEachOne() {
        String text = "a\uD800b\uDC00\uD83D😀\uDE00";

        String result = JtokkitTokenCounter.withUnpairedSurrogatesReplaced(text);

        assertThat(result).isEqualTo("a\uFFFDb\uFFFD\uFFFD😀\uFFFD");
    }

    @Test
    void count_ofMultiLineTexts_equalsOneWholeTextEncoding() throws IOException {
        Encoding whole = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);
        String ownSource =
                Files.readString(Path.of("src/main/java/shaktiman/adapters/tokens/JtokkitTokenCounter.java"));
        List<String> texts = List.of(
                ownSource,
                "a\n\n  b\n\t\tc  \n   \n}\n\n\n  x",
                "foo \r\n  bar\r\n\r\n}\r\n",
                "line\n \u00e9t\u00e9\n\u65e5\u672c\n  \u2003x\n  \r y\n",
                "x = 1;\n123\n's\n  'll\n\n\n",
                "\n\nstart\n",
                "end\n");
        TokenCounter counter = counter();

        for (String text : texts) {
            int expected = whole.countTokensOrdinary(text);
            assertThat(counter.count(text)).as(text).isEqualTo(expected);
            assertThat(counter.count(text)).as("again: " + text).isEqualTo(expected);
        }
    }
}
