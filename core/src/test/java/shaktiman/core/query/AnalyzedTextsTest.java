package shaktiman.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import shaktiman.core.text.IdentifierAnalyzer;

/** Verifies that the memo of analysed texts answers as the analyzer does, from memory or not, and stays bounded. */
class AnalyzedTextsTest {
    private final IdentifierAnalyzer analyzer = new IdentifierAnalyzer();
    private final AnalyzedTexts memo = new AnalyzedTexts(analyzer);

    @Test
    void indexTerms_askedTwice_givesTheAnalyzersTermsBothTimes() {
        String text = "validateToken(String token) // checks the HMACSignature";

        List<String> first = memo.indexTerms(text);
        List<String> second = memo.indexTerms(new String(text.toCharArray()));

        assertThat(first).isEqualTo(analyzer.indexTerms(text));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void indexTerms_ofATextLongerThanTheMemoKeeps_isStillAnalysed() {
        String text = "parseRequest ".repeat(AnalyzedTexts.MAX_TEXT_CHARS / 10);

        assertThat(memo.indexTerms(text)).isEqualTo(analyzer.indexTerms(text));
    }

    @Test
    void indexTerms_pastTheCharacterBound_dropsTheOldestAndKeepsAnswering() {
        String block = "x".repeat(AnalyzedTexts.MAX_TEXT_CHARS - 10);
        for (int i = 0; i < 2 * AnalyzedTexts.MAX_CHARS / AnalyzedTexts.MAX_TEXT_CHARS; i++) {
            memo.indexTerms(block + " name" + i);
        }

        assertThat(memo.chars()).isLessThanOrEqualTo(AnalyzedTexts.MAX_CHARS);
        assertThat(memo.indexTerms(block + " name0")).isEqualTo(analyzer.indexTerms(block + " name0"));
    }
}
