package shaktiman.adapters.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treesitter.TSLanguage;
import org.treesitter.TSParser;
import shaktiman.core.port.SyntaxParserException;

/**
 * Idle tree-sitter parsers, one deque per language. A native parser is not thread-safe, so each parse borrows one
 * for itself; the pool therefore holds at most as many parsers per language as there were concurrent parses.
 */
final class ParserPool implements AutoCloseable {

    private final Map<String, Deque<TSParser>> idle = new HashMap<>();
    private boolean closed;

    /** An idle parser for {@code languageId}, or a new one set to {@code language}. */
    TSParser borrow(String languageId, TSLanguage language) {
        synchronized (this) {
            if (closed) {
                throw new SyntaxParserException("tree-sitter parser is closed");
            }
            TSParser parser =
                    idle.computeIfAbsent(languageId, id -> new ArrayDeque<>()).pollFirst();
            if (parser != null) {
                return parser;
            }
        }
        TSParser parser = new TSParser();
        if (!parser.setLanguage(language)) {
            parser.close();
            throw new SyntaxParserException("the tree-sitter runtime rejects the " + languageId + " grammar (ABI "
                    + language.abiVersion() + ", runtime accepts "
                    + TSParser.TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION
                    + "-" + TSParser.TREE_SITTER_LANGUAGE_VERSION + ")");
        }
        return parser;
    }

    /** Returns a parser after use; a parser that is not {@code reusable}, or any after close, is freed instead. */
    void giveBack(String languageId, TSParser parser, boolean reusable) {
        synchronized (this) {
            if (reusable && !closed) {
                idle.get(languageId).addFirst(parser);
                return;
            }
        }
        parser.close();
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Frees every idle parser; parsers still borrowed are freed when they come back. Idempotent. */
    @Override
    public void close() {
        List<TSParser> toClose = new ArrayList<>();
        synchronized (this) {
            closed = true;
            idle.values().forEach(toClose::addAll);
            idle.clear();
        }
        toClose.forEach(TSParser::close);
    }
}
