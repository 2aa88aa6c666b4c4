package shaktiman.adapters.parse;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSLanguage;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import shaktiman.core.index.lang.ErbScanner;
import shaktiman.core.model.syntax.SyntaxTree;
import shaktiman.core.port.ParseResult;
import shaktiman.core.port.SyntaxParser;
import shaktiman.core.port.SyntaxParserException;

/**
 * Implements {@link SyntaxParser} with tree-sitter through tree-sitter-ng, for the sixteen languages of IX-12 that
 * have a grammar; {@code erb} is parsed as Ruby through its IX-17 view.
 *
 * <p>Each parse borrows a native parser of its own from a pool, parses with a progress callback that cancels at the
 * timeout, copies the tree into records in one walk and closes it before returning. The constructor loads every
 * grammar, so a missing or incompatible native library fails at startup, not at the first file.
 */
public final class TreeSitterParser implements SyntaxParser {

    private static final String VERSIONS_RESOURCE = "grammar-versions.properties";
    private static final int READ_CHUNK_BYTES = 64 * 1024;

    private final Map<String, LoadedGrammar> grammars = new LinkedHashMap<>();
    private final SortedMap<String, String> versions;
    private final ParserPool pool = new ParserPool();
    private final TreeCopier copier;
    private final MethodHandle treePointer;
    private final AtomicLong openTrees = new AtomicLong();

    /**
     * Loads the tree-sitter runtime and every grammar.
     *
     * @throws SyntaxParserException if a native library cannot be loaded or a grammar's ABI is not supported
     */
    public TreeSitterParser() {
        try {
            for (Grammar grammar : Grammars.all()) {
                TSLanguage language = grammar.language().get();
                grammars.put(grammar.languageId(), new LoadedGrammar(grammar, language, new GrammarNames(language)));
            }
            checkAbi();
            this.copier = new TreeCopier(new NativeCursor.Functions());
            this.treePointer = MethodHandles.privateLookupIn(TSTree.class, MethodHandles.lookup())
                    .findVirtual(TSTree.class, "getPtr", MethodType.methodType(long.class));
        } catch (SyntaxParserException e) {
            throw e;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new SyntaxParserException("cannot load the tree-sitter runtime and grammars: " + e, e);
        }
        this.versions = loadVersions();
    }

    @Override
    public Set<String> supportedLanguages() {
        return Set.copyOf(grammars.keySet());
    }

    @Override
    public SortedMap<String, String> grammarVersions() {
        return versions;
    }

    @Override
    public ParseResult parse(String languageId, String text, Duration timeout) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(timeout, "timeout");
        LoadedGrammar grammar = grammars.get(languageId);
        if (grammar == null) {
            throw new IllegalArgumentException(
                    "no grammar for language " + languageId + "; supported: " + new TreeSet<>(grammars.keySet()));
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        String parsedText = grammar.grammar().erb() ? ErbScanner.rubyView(text) : text;
        Utf8Text utf8 = new Utf8Text(parsedText);
        TSParser parser = pool.borrow(languageId, grammar.language());
        boolean reusable = false;
        try {
            ParseResult result = parseWith(parser, languageId, grammar, utf8, timeout);
            reusable = true;
            return result;
        } catch (RuntimeException e) {
            // A parser that threw mid-parse is in an unknown state: it is freed, not reused (see finally).
            return new ParseResult.Failed("tree-sitter failed to parse " + languageId + ": " + e);
        } finally {
            pool.giveBack(languageId, parser, reusable);
        }
    }

    private ParseResult parseWith(
            TSParser parser, String languageId, LoadedGrammar grammar, Utf8Text utf8, Duration timeout) {
        byte[] bytes = utf8.bytes();
        Deadline deadline = new Deadline(timeout, pool::isClosed);
        TSTree tree = parser.parseWithOptions(
                new byte[Math.max(1, Math.min(bytes.length, READ_CHUNK_BYTES))],
                null,
                (buffer, offset, position) -> {
                    int count = Math.max(0, Math.min(buffer.length, bytes.length - offset));
                    System.arraycopy(bytes, offset, buffer, 0, count);
                    return count;
                },
                TSInputEncoding.TSInputEncodingUTF8,
                deadline);
        if (tree == null) {
            // A cancelled parser keeps its half-done state to resume; the next text must start afresh.
            parser.reset();
            return new ParseResult.Failed(deadline.reason(languageId, timeout, bytes.length));
        }
        try (OpenTree open = new OpenTree(tree)) {
            TreeCopier.Copy copy = copier.copy(pointerOf(open.tree()), grammar.names(), utf8);
            return new ParseResult.Parsed(new SyntaxTree(languageId, utf8.text(), copy.root()), copy.hasErrors());
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    /** Native trees returned by tree-sitter and not closed yet; zero whenever no parse is running. */
    long openTrees() {
        return openTrees.get();
    }

    private long pointerOf(TSTree tree) {
        try {
            return (long) treePointer.invokeExact(tree);
        } catch (Throwable e) {
            if (e instanceof Error error) {
                throw error;
            }
            throw new SyntaxParserException("cannot read the native pointer of a tree-sitter tree", e);
        }
    }

    private void checkAbi() {
        for (LoadedGrammar loaded : grammars.values()) {
            int abi = loaded.language().abiVersion();
            if (abi < TSParser.TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION
                    || abi > TSParser.TREE_SITTER_LANGUAGE_VERSION) {
                throw new SyntaxParserException("grammar " + loaded.grammar().artifact() + " has ABI " + abi
                        + "; the tree-sitter runtime accepts " + TSParser.TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION
                        + "-" + TSParser.TREE_SITTER_LANGUAGE_VERSION);
            }
        }
    }

    private static SortedMap<String, String> loadVersions() {
        Properties properties = new Properties();
        try (InputStream in = TreeSitterParser.class.getResourceAsStream(VERSIONS_RESOURCE)) {
            if (in == null) {
                throw new SyntaxParserException("resource " + VERSIONS_RESOURCE + " is missing from the parse adapter");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new SyntaxParserException("cannot read resource " + VERSIONS_RESOURCE, e);
        }
        SortedMap<String, String> versions = new TreeMap<>();
        properties.forEach((artifact, version) -> versions.put((String) artifact, (String) version));
        versions.forEach((artifact, version) -> {
            if (version.isBlank() || version.contains("${")) {
                throw new SyntaxParserException(
                        "resource " + VERSIONS_RESOURCE + " has no version for " + artifact + ": " + version);
            }
        });
        return Collections.unmodifiableSortedMap(versions);
    }

    /** A native tree, counted in {@link #openTrees()} from parse to close. */
    private final class OpenTree implements AutoCloseable {
        private final TSTree tree;

        OpenTree(TSTree tree) {
            this.tree = tree;
            openTrees.incrementAndGet();
        }

        TSTree tree() {
            return tree;
        }

        @Override
        public void close() {
            tree.close();
            openTrees.decrementAndGet();
        }
    }

    /** A grammar with its loaded language and name tables. */
    private record LoadedGrammar(Grammar grammar, TSLanguage language, GrammarNames names) {}
}
