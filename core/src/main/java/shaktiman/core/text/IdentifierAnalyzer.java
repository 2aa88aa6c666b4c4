package shaktiman.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The one analyzer of MCP-40: turns code and prose into the lower-case terms that the full-text index stores (IX-38)
 * and that queries are matched with, so that {@code validate token}, {@code validateToken}, {@code validate_token}
 * and {@code validate-token} all meet.
 *
 * <ol>
 *   <li>Words are maximal runs of letters, digits and {@code _} (Unicode letters and decimal digits; combining marks
 *       continue the word they follow). Everything else separates words.
 *   <li>A word splits into parts at {@code _}, at a lower→upper change ({@code validateToken}), before the last
 *       capital of a capital run followed by lower case ({@code HTTPServer} → HTTP|Server) and at letter↔digit
 *       changes ({@code sha256} → sha|256).
 *   <li>A part of 1 or over 64 code points is dropped. Any other is lower-cased (root locale) and, when it is made of
 *       the ASCII letters a-z only, stemmed with the original Porter algorithm.
 *   <li>A word of 2 or more parts also yields its <b>compound</b>: all its parts joined and lower-cased, not stemmed
 *       ({@code validatetoken}), unless that is over 64 code points.
 *   <li>Queries only: a standalone word that is an English function word is removed, unless no term would remain.
 * </ol>
 *
 * <p>Terms come out in text order, each word's parts before its compound, duplicates kept (term frequency counts).
 * A term is never empty, is lower-case, and holds only letters, digits and combining marks, so FTS5's {@code ascii}
 * tokenizer reads a space-joined list back as the same terms. Analysis is linear in the length of the text. Instances
 * are thread-safe; the only state is a bounded memo of recent words' terms, which never changes a result.
 */
public final class IdentifierAnalyzer {

    /**
     * The analyzer's version, part of the index fingerprint (IX-40): bump it with any change to the terms produced for
     * some text, so that existing indexes are rebuilt.
     */
    public static final int VERSION = 1;

    private static final int MIN_PART_LENGTH = 2;
    private static final int MAX_TERM_LENGTH = 64;
    private static final Set<String> QUERY_STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "do", "does", "for", "from", "how", "in", "is", "it", "of",
            "on", "or", "the", "this", "that", "to", "what", "when", "where", "which", "who", "why", "with");

    /** How many words' terms {@link #indexText} remembers. */
    private static final int RECENT_WORDS = 16_384;

    private final Map<String, String> recentWords = new ConcurrentHashMap<>();

    /** Builds the analyzer. */
    public IdentifierAnalyzer() {}

    /** The terms of indexed text (a symbol name, a path, chunk content or a doc comment), in text order. */
    public List<String> indexTerms(String text) {
        List<String> terms = new ArrayList<>();
        forEachWord(text, word -> analyzeWord(word, terms::add, true));
        return List.copyOf(terms);
    }

    /** The index terms of {@code text} joined by single spaces: the value an FTS5 column of IX-38 stores. */
    public String indexText(String text) {
        StringBuilder joined = new StringBuilder(text.length());
        forEachWord(text, word -> {
            String terms = wordTerms(word);
            if (!terms.isEmpty()) {
                if (!joined.isEmpty()) {
                    joined.append(' ');
                }
                joined.append(terms);
            }
        });
        return joined.toString();
    }

    /**
     * The terms of one word joined by single spaces, remembered: code repeats its identifiers, and splitting and
     * stemming them again was a third of the index writer's time.
     */
    private String wordTerms(String word) {
        String terms = recentWords.get(word);
        if (terms == null) {
            StringJoiner joiner = new StringJoiner(" ");
            analyzeWord(word, joiner::add, true);
            terms = joiner.toString();
            if (recentWords.size() >= RECENT_WORDS) {
                recentWords.clear(); // a crude bound: the next words refill it
            }
            recentWords.put(word, terms);
        }
        return terms;
    }

    /**
     * The terms of a search query: as {@link #indexTerms}, less the standalone English function words ({@code how},
     * {@code the}, …), which are kept only when nothing else would remain.
     */
    public List<String> queryTerms(String query) {
        return queryTerms(query, true);
    }

    /**
     * MCP-41's base terms of a search query: the terms of {@link #queryTerms} less the compounds (rule 4), in order,
     * duplicates kept.
     */
    public List<String> queryBaseTerms(String query) {
        return queryTerms(query, false);
    }

    private List<String> queryTerms(String query, boolean withCompounds) {
        List<String> words = new ArrayList<>();
        forEachWord(query, words::add);
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            if (!QUERY_STOP_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                kept.add(word);
            }
        }
        List<String> terms = new ArrayList<>();
        // Whether the function words stay depends on the full terms, so that both views keep the same words.
        boolean anyTerm = false;
        for (String word : kept) {
            List<String> wordTerms = new ArrayList<>();
            analyzeWord(word, wordTerms::add, true);
            anyTerm |= !wordTerms.isEmpty();
        }
        for (String word : anyTerm ? kept : words) {
            analyzeWord(word, terms::add, withCompounds);
        }
        return List.copyOf(terms);
    }

    /** Hands each word of {@code text} (rule 1) to {@code sink}. */
    private static void forEachWord(String text, Consumer<String> sink) {
        Objects.requireNonNull(text, "text");
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean inWord = isWordStart(cp) || (start >= 0 && isMark(cp));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                sink.accept(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            sink.accept(text.substring(start));
        }
    }

    private static boolean isWordStart(int cp) {
        return cp == '_' || Character.isLetter(cp) || Character.isDigit(cp);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Splits one word into parts (rule 2) and emits their terms and the compound (rules 3 and 4). */
    private static void analyzeWord(String word, Consumer<String> sink, boolean withCompound) {
        List<String> parts = WordSplitter.split(word);
        PorterStemmer stemmer = null;
        for (String part : parts) {
            int length = part.codePointCount(0, part.length());
            if (length < MIN_PART_LENGTH || length > MAX_TERM_LENGTH) {
                continue;
            }
            String lower = part.toLowerCase(Locale.ROOT);
            if (isAsciiLetters(lower)) {
                if (stemmer == null) {
                    stemmer = new PorterStemmer();
                }
                sink.accept(stemmer.stem(lower));
            } else {
                sink.accept(lower);
            }
        }
        if (withCompound && parts.size() >= 2) {
            String compound = String.join("", parts).toLowerCase(Locale.ROOT);
            if (compound.codePointCount(0, compound.length()) <= MAX_TERM_LENGTH) {
                sink.accept(compound);
            }
        }
    }

    private static boolean isAsciiLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
