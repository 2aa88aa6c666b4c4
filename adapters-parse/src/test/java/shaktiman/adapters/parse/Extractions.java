package shaktiman.adapters.parse;

import java.time.Duration;
import shaktiman.core.index.lang.LanguageRules;
import shaktiman.core.index.lang.LanguageTable;
import shaktiman.core.index.symbols.ExtractedFile;
import shaktiman.core.index.symbols.SymbolExtractor;
import shaktiman.core.port.ParseResult;
import shaktiman.testkit.McpFixture;

/** Parses source with the real grammars and runs the symbol extractor on it, for the extraction tests. */
final class Extractions implements AutoCloseable {

    static final LanguageTable TABLE = LanguageTable.builtIn();

    private final TreeSitterParser parser = new TreeSitterParser();

    /** The extraction of {@code text} as {@code languageId}, with its file symbol. */
    ExtractedFile extract(String path, String languageId, String text) {
        return extract(path, languageId, text, TABLE.rules(languageId), new SymbolExtractor());
    }

    ExtractedFile extract(String path, String languageId, String text, LanguageRules rules, SymbolExtractor extractor) {
        ParseResult result = parser.parse(languageId, text, Duration.ofSeconds(30));
        if (!(result instanceof ParseResult.Parsed parsed)) {
            throw new AssertionError("cannot parse " + path + ": " + result);
        }
        return extractor.extract(path, languageId, text, parsed.tree(), rules).withFileSymbol(text);
    }

    /** The extraction of a file of the MCP §6 fixture, such as {@code go/server.go}. */
    ExtractedFile fixture(String path, String languageId) {
        return extract(path, languageId, McpFixture.text(path));
    }

    @Override
    public void close() {
        parser.close();
    }
}
