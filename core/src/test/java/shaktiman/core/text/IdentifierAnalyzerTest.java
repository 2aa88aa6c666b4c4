package shaktiman.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Verifies that the MCP-40 analyzer splits, lower-cases, stems and compounds words as the spec's rules say. */
class IdentifierAnalyzerTest {

    private final IdentifierAnalyzer analyzer = new IdentifierAnalyzer();

    @Test
    void indexTerms_ofCamelCase_givesStemmedPartsThenTheCompound() {
        List<String> terms = analyzer.indexTerms("validateToken");

        assertThat(terms).containsExactly("valid", "token", "validatetoken");
    }

    @Test
    void indexTerms_ofSnakeCase_isTheSameAsCamelCase() {
        List<String> terms = analyzer.indexTerms("validate_token");

        assertThat(terms).containsExactly("valid", "token", "validatetoken");
    }

    @Test
    void indexTerms_ofKebabCase_givesTwoWordsWithoutACompound() {
        List<String> terms = analyzer.indexTerms("validate-token");

        assertThat(terms).containsExactly("valid", "token");
    }

    @Test
    void queryTerms_ofSpaceSeparatedWords_matchTheIdentifiersParts() {
        List<String> query = analyzer.queryTerms("validate token");

        assertThat(analyzer.indexTerms("validateToken")).containsAll(query);
        assertThat(analyzer.indexTerms("validate_token")).containsAll(query);
        assertThat(analyzer.indexTerms("validate-token")).containsAll(query);
    }

    @Test
    void indexTerms_ofPascalCase_splitsEveryCapital() {
        List<String> terms = analyzer.indexTerms("UserRepository");

        assertThat(terms).containsExactly("user", "repositori", "userrepository");
    }

    @Test
    void indexTerms_ofScreamingSnakeCase_splitsAtUnderscores() {
        List<String> terms = analyzer.indexTerms("MAX_RETRY_COUNT");

        assertThat(terms).containsExactly("max", "retri", "count", "maxretrycount");
    }

    @Test
    void indexTerms_ofLeadingAcronym_splitsBeforeTheLastCapitalOfTheRun() {
        List<String> terms = analyzer.indexTerms("HTTPServer");

        assertThat(terms).containsExactly("http", "server", "httpserver");
    }

    @Test
    void indexTerms_ofInnerAcronym_splitsOnBothSides() {
        List<String> terms = analyzer.indexTerms("getHTTPResponseCode");

        assertThat(terms).containsExactly("get", "http", "respons", "code", "gethttpresponsecode");
    }

    @Test
    void indexTerms_ofTwoAcronyms_splitsBeforeEachCapitalThatStartsAWord() {
        List<String> terms = analyzer.indexTerms("XMLHttpRequest");

        assertThat(terms).containsExactly("xml", "http", "request", "xmlhttprequest");
    }

    @Test
    void indexTerms_ofTrailingAcronym_keepsItWhole() {
        List<String> terms = analyzer.indexTerms("parseJSON");

        assertThat(terms).containsExactly("pars", "json", "parsejson");
    }

    @Test
    void indexTerms_ofAllCapitals_isOnePart() {
        List<String> terms = analyzer.indexTerms("HTTP");

        assertThat(terms).containsExactly("http");
    }

    @Test
    void indexTerms_ofDigitsInsideAWord_splitsAtLetterDigitChanges() {
        List<String> terms = analyzer.indexTerms("utf8Decode");

        // "8" is one character and is dropped; the compound still spells the whole word.
        assertThat(terms).containsExactly("utf", "decod", "utf8decode");
    }

    @Test
    void indexTerms_ofTrailingDigits_keepsTheNumberAsAPart() {
        List<String> terms = analyzer.indexTerms("sha256");

        assertThat(terms).containsExactly("sha", "256", "sha256");
    }

    @Test
    void indexTerms_ofDigitsBetweenLetters_givesThreeParts() {
        List<String> terms = analyzer.indexTerms("base64Encode");

        assertThat(terms).containsExactly("base", "64", "encod", "base64encode");
    }

    @Test
    void indexTerms_ofNumeronym_keepsOnlyTheLongPartsAndTheCompound() {
        List<String> terms = analyzer.indexTerms("i18n");

        assertThat(terms).containsExactly("18", "i18n");
    }

    @Test
    void indexTerms_ofOneCharacterParts_dropsThemButKeepsTheCompound() {
        List<String> terms = analyzer.indexTerms("iPhone getX a_b");

        assertThat(terms).containsExactly("phone", "iphone", "get", "getx", "ab");
    }

    @Test
    void indexTerms_ofDunderName_ignoresTheUnderscores() {
        List<String> terms = analyzer.indexTerms("__init__ ___");

        assertThat(terms).containsExactly("init");
    }

    @Test
    void indexTerms_ofAPath_splitsAtSlashesAndDots() {
        List<String> terms = analyzer.indexTerms("ts/src/auth/login.ts");

        // Porter stems the extension "ts" to "t", on the query side too.
        assertThat(terms).containsExactly("t", "src", "auth", "login", "t");
    }

    @Test
    void indexTerms_ofPunctuationAndWhitespace_separatesWords() {
        List<String> terms = analyzer.indexTerms("session-store.ts\tcreate_user(x): hash::Password\n");

        assertThat(terms).containsExactly("session", "store", "t", "creat", "user", "createuser", "hash", "password");
    }

    @Test
    void indexTerms_ofInflectedWords_stemsThem() {
        List<String> terms = analyzer.indexTerms("hashing passwords");

        assertThat(terms).containsExactly("hash", "password");
    }

    @Test
    void indexTerms_ofFunctionWords_keepsThem() {
        List<String> terms = analyzer.indexTerms("how to do it");

        assertThat(terms).containsExactly("how", "to", "do", "it");
    }

    @Test
    void indexTerms_ofUpperCaseNonAsciiLetters_lowerCasesThemWithoutStemming() {
        List<String> terms = analyzer.indexTerms("Größe GRÖSSE");

        assertThat(terms).containsExactly("größe", "grösse");
    }

    @Test
    void indexTerms_ofNonAsciiCamelCase_splitsAtTheCaseChange() {
        List<String> terms = analyzer.indexTerms("straßeName получитьДанные");

        assertThat(terms).containsExactly("straße", "name", "straßename", "получить", "данные", "получитьданные");
    }

    @Test
    void indexTerms_ofUncasedScripts_keepsWholeWords() {
        List<String> terms = analyzer.indexTerms("日本語のテキスト、中文");

        assertThat(terms).containsExactly("日本語のテキスト", "中文");
    }

    @Test
    void indexTerms_ofCombiningMarks_keepsThemInTheirWord() {
        List<String> terms = analyzer.indexTerms("cafe\u0301Bar नमस्ते दुनिया");

        assertThat(terms).containsExactly("cafe\u0301", "bar", "cafe\u0301bar", "नमस्ते", "दुनिया");
    }

    @Test
    void indexTerms_ofCombiningMarksOnACapital_keepsTheAcronymSplit() {
        List<String> terms = analyzer.indexTerms("HTTPS\u0301erver");

        assertThat(terms).containsExactly("http", "s\u0301erver", "https\u0301erver");
    }

    @Test
    void indexTerms_ofNonAsciiDigits_keepsThemAsANumber() {
        List<String> terms = analyzer.indexTerms("v٣٤");

        assertThat(terms).containsExactly("٣٤", "v٣٤");
    }

    @Test
    void indexTerms_ofEmoji_treatsThemAsSeparators() {
        List<String> terms = analyzer.indexTerms("😀launch🚀rocket👨‍👩‍👧");

        assertThat(terms).containsExactly("launch", "rocket");
    }

    @Test
    void indexTerms_ofAPartOfSixtyFourCharacters_keepsIt() {
        String part = "q".repeat(64);

        List<String> terms = analyzer.indexTerms(part);

        assertThat(terms).containsExactly(part);
    }

    @Test
    void indexTerms_ofAPartOverSixtyFourCharacters_dropsIt() {
        List<String> terms = analyzer.indexTerms("q".repeat(65) + "_token");

        assertThat(terms).containsExactly("token");
    }

    @Test
    void indexTerms_ofACompoundOverSixtyFourCharacters_keepsOnlyTheParts() {
        String identifier = "Abcdefghij".repeat(7);

        List<String> terms = analyzer.indexTerms(identifier);

        assertThat(terms).hasSize(7).containsOnly("abcdefghij");
    }

    @Test
    void indexTerms_ofEmptyOrSeparatorOnlyText_isEmpty() {
        assertThat(analyzer.indexTerms("")).isEmpty();
        assertThat(analyzer.indexTerms("  -- // ... ;; 😀 \n")).isEmpty();
    }

    @Test
    void indexTerms_ofNull_failsNamingTheArgument() {
        assertThatThrownBy(() -> analyzer.indexTerms(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
    }

    @Test
    void indexText_joinsTheIndexTermsWithSingleSpaces() {
        String text = analyzer.indexText("  validateToken(\n\tsha256)  ");

        assertThat(text).isEqualTo("valid token validatetoken sha 256 sha256");
    }

    @Test
    void indexText_ofTextWithoutTerms_isEmpty() {
        String text = analyzer.indexText("-- x --");

        assertThat(text).isEmpty();
    }

    @Test
    void indexText_ofAnyText_isReadBackUnchangedByTheFtsAsciiTokenizer() {
        String source = "public static int count(String text) { return hashPassword(İstanbul, größe_Wert, "
                + "getHTTPResponseCode, utf8Decode, 日本語, cafe\u0301, \u00a0x\u200by, ٣٤, 😀, $foo, @bar, #baz); }";

        String text = analyzer.indexText(source);

        assertThat(text).doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ");
        assertThat(List.of(text.split(" ")))
                .isEqualTo(analyzer.indexTerms(source))
                .allSatisfy(term -> {
                    assertThat(term).isNotEmpty().isEqualTo(term.toLowerCase(Locale.ROOT));
                    // FTS5's ascii tokenizer splits at every ASCII character that is not a letter or digit.
                    assertThat(term.chars()
                                    .filter(c -> c < 0x80)
                                    .allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
                            .as("ASCII characters of %s", term)
                            .isTrue();
                });
    }

    @Test
    void queryTerms_ofStandaloneFunctionWords_removesThem() {
        List<String> terms = analyzer.queryTerms("How does the login work");

        assertThat(terms).containsExactly("login", "work");
    }

    @Test
    void queryTerms_ofOnlyFunctionWords_keepsThem() {
        List<String> terms = analyzer.queryTerms("what is this");

        assertThat(terms).containsExactly("what", "i", "thi");
    }

    @Test
    void queryTerms_whenTheOtherWordsGiveNoTerm_keepsTheFunctionWords() {
        List<String> terms = analyzer.queryTerms("the x");

        assertThat(terms).containsExactly("the");
    }

    @Test
    void queryTerms_ofFunctionWordsInsideAnIdentifier_keepsThem() {
        List<String> terms = analyzer.queryTerms("getThe is_a for");

        // "is" inside is_a stays, stemmed to "i" as the index side stems it.
        assertThat(terms).containsExactly("get", "the", "getthe", "i", "isa");
    }

    @Test
    void queryTerms_ofAcceptanceQueries_giveTheTermsTheirTargetsAreIndexedUnder() {
        assertThat(analyzer.indexTerms("hashPassword")).containsAll(analyzer.queryTerms("password hashing"));
        assertThat(analyzer.indexTerms("create_user")).containsAll(analyzer.queryTerms("create user"));
        assertThat(analyzer.indexTerms("UserRepository")).containsAll(analyzer.queryTerms("user repository"));
        assertThat(analyzer.indexTerms("ts/src/auth/session-store.ts"))
                .containsAll(analyzer.queryTerms("session store"));
        assertThat(analyzer.indexTerms("ts/src/auth/login.ts")).containsAll(analyzer.queryTerms("login"));
    }

    @Test
    void queryTerms_ofOneCharacterOnly_isEmpty() {
        List<String> terms = analyzer.queryTerms("a");

        assertThat(terms).isEmpty();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void indexTerms_ofMegabytesOfAdversarialText_finishesInLinearTime() {
        // Shapes a backtracking or rescanning splitter would go quadratic on.
        String capitalRun = "A".repeat(1_000_000) + "b";
        String alternatingCase = "aB".repeat(500_000);
        String marks = "e" + "\u0301".repeat(1_000_000) + "X";
        String words = "validateToken ".repeat(100_000);

        List<String> run = analyzer.indexTerms(capitalRun);
        List<String> alternating = analyzer.indexTerms(alternatingCase);
        List<String> marked = analyzer.indexTerms(marks);
        List<String> many = analyzer.indexTerms(words);

        assertThat(run).containsExactly("ab");
        assertThat(alternating).hasSize(499_999).containsOnly("ba");
        assertThat(marked).isEmpty();
        assertThat(many).hasSize(300_000);
    }

    @Test
    void queryBaseTerms_ofIdentifiers_leaveOutTheCompounds() {
        List<String> terms = analyzer.queryBaseTerms("validateToken and the HTTPServer");

        assertThat(terms).containsExactly("valid", "token", "http", "server");
    }

    @Test
    void queryBaseTerms_ofOnlyFunctionWords_keepThemAsQueryTermsDoes() {
        List<String> terms = analyzer.queryBaseTerms("what is this");

        assertThat(terms).isEqualTo(analyzer.queryTerms("what is this"));
    }
}
