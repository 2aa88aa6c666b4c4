package shaktiman.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Verifies the Porter stemmer against the paper's examples and Snowball's {@code porter} on a committed word list. */
class PorterStemmerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // Step 1a
        "caresses, caress",
        "ponies, poni",
        "ties, ti",
        "caress, caress",
        "cats, cat",
        // Step 1b
        "feed, feed",
        "agreed, agre",
        "plastered, plaster",
        "bled, bled",
        "motoring, motor",
        "sing, sing",
        "conflated, conflat",
        "troubled, troubl",
        "sized, size",
        "hopping, hop",
        "tanned, tan",
        "falling, fall",
        "hissing, hiss",
        "fizzed, fizz",
        "failing, fail",
        "filing, file",
        // Step 1c
        "happy, happi",
        "sky, sky",
        // Steps 2 to 5, through to the final stem
        "relational, relat",
        "conditional, condit",
        "rational, ration",
        "digitizer, digit",
        "vietnamization, vietnam",
        "hopefulness, hope",
        "formaliti, formal",
        "sensibiliti, sensibl",
        "triplicate, triplic",
        "electrical, electr",
        "revival, reviv",
        "allowance, allow",
        "airliner, airlin",
        "adjustment, adjust",
        "adoption, adopt",
        "communism, commun",
        "effective, effect",
        "bowdlerize, bowdler",
        "probate, probat",
        "rate, rate",
        "cease, ceas",
        "controll, control",
        "roll, roll",
        "generalizations, gener",
        "oscillators, oscil",
        // The published algorithm, not the later C version: no length guard, abli (not bli), no logi rule
        "is, i",
        "as, a",
        "probabli, probabl",
        "analogi, analogi",
        // Consonant y
        "say, sai",
        "toying, toi",
        "syzygy, syzygi",
    })
    void stem_ofPaperExample_givesThePublishedStem(String word, String stem) {
        PorterStemmer stemmer = new PorterStemmer();

        String stemmed = stemmer.stem(word);

        assertThat(stemmed).isEqualTo(stem);
    }

    @Test
    void stem_ofEveryWordInTheSnowballReferenceList_matchesSnowball() throws IOException {
        PorterStemmer stemmer = new PorterStemmer();
        List<String> mismatches = new ArrayList<>();
        List<String[]> pairs = referencePairs();

        for (String[] pair : pairs) {
            String stemmed = stemmer.stem(pair[0]);
            if (!stemmed.equals(pair[1])) {
                mismatches.add(pair[0] + ": expected " + pair[1] + ", got " + stemmed);
            }
        }

        assertThat(pairs).hasSizeGreaterThan(2500);
        assertThat(mismatches).isEmpty();
    }

    private static List<String[]> referencePairs() throws IOException {
        try (InputStream in = PorterStemmerTest.class.getResourceAsStream("porter-reference.tsv")) {
            assertThat(in).as("test resource porter-reference.tsv").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .toList();
        }
    }
}
