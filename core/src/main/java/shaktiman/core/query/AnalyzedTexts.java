package shaktiman.core.query;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shaktiman.core.text.IdentifierAnalyzer;

/**
 * A bounded memo of {@link IdentifierAnalyzer#indexTerms}: member hits analyse the same names, paths and member lines
 * for query after query. Keyed by the text itself, so an entry can never be stale; least recently used out past
 * {@link #MAX_CHARS} characters of keys (about 4 MiB with their terms); longer texts are analysed each time.
 * Thread-safe.
 */
final class AnalyzedTexts {
    static final int MAX_CHARS = 1 << 20;
    static final int MAX_TEXT_CHARS = 1 << 14;

    private final IdentifierAnalyzer analyzer;
    private final LinkedHashMap<String, List<String>> terms = new LinkedHashMap<>(256, 0.75f, true);
    private long chars; // guarded by this

    AnalyzedTexts(IdentifierAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** {@code analyzer.indexTerms(text)}, from the memo when it was analysed lately. */
    List<String> indexTerms(String text) {
        if (text.length() > MAX_TEXT_CHARS) {
            return analyzer.indexTerms(text);
        }
        synchronized (this) {
            List<String> known = terms.get(text);
            if (known != null) {
                return known;
            }
        }
        List<String> analysed = List.copyOf(analyzer.indexTerms(text));
        synchronized (this) {
            if (terms.put(text, analysed) == null) {
                chars += text.length();
            }
            Iterator<Map.Entry<String, List<String>>> eldest = terms.entrySet().iterator();
            while (chars > MAX_CHARS) {
                Map.Entry<String, List<String>> entry = eldest.next();
                chars -= entry.getKey().length();
                eldest.remove();
            }
        }
        return analysed;
    }

    /** The characters of the texts held. */
    synchronized long chars() {
        return chars;
    }
}
