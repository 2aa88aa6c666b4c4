package shaktiman.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.Visibility;
import shaktiman.core.model.index.DeleteCause;
import shaktiman.core.model.index.FileMeta;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.model.index.ParseQuality;
import shaktiman.core.model.index.ParsedChunk;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.model.index.ParsedSymbol;
import shaktiman.core.port.ChangeRecord;
import shaktiman.core.port.ChangeRecord.ChangedSymbol;
import shaktiman.core.port.ChunkRecord;
import shaktiman.core.port.EdgeRecord;
import shaktiman.core.port.IndexReader;
import shaktiman.core.port.IndexReader.ChunkFilter;
import shaktiman.core.port.IndexReader.SymbolFilter;
import shaktiman.core.port.IndexReader.TestScope;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.IndexStoreException;
import shaktiman.core.port.LatestChange;
import shaktiman.core.port.LexicalHit;
import shaktiman.core.port.SymbolRecord;
import shaktiman.core.port.TermStatistics;
import shaktiman.core.port.UnresolvedReference;
import shaktiman.core.text.IdentifierAnalyzer;
import shaktiman.testkit.Await;
import shaktiman.testkit.TestChunks;
import shaktiman.testkit.TestFiles;

/**
 * Verifies the behaviour every {@link IndexReader} promises in its Javadoc; each store runs it through a subclass that
 * only opens the subject.
 *
 * <p>The suite fills the store through its own writer ({@link IndexStore#writer()}), so what it reads is what the
 * writer derived: full-text columns from the analyzer, edges and pending rows from resolution, change records under
 * the completion record. Change records are stamped by the store's clock, which the suite expects to follow the wall
 * clock: to make one record newer than another it waits until the wall clock has left the older one's millisecond.
 */
@Timeout(60)
public abstract class IndexReaderContract {
    private static final IdentifierAnalyzer ANALYZER = new IdentifierAnalyzer();
    private static final String FINGERPRINT = "fp-reader-contract";
    private static final ChunkFilter IMPL = new ChunkFilter("", TestScope.IMPL);
    private static final SymbolFilter ANY_SYMBOL = new SymbolFilter(ChunkFilter.ALL, Optional.empty());
    private static final Comparator<EdgeRecord> EDGE_ORDER = Comparator.comparingLong(EdgeRecord::sourceId)
            .thenComparingLong(EdgeRecord::targetId)
            .thenComparing(EdgeRecord::kind);

    @TempDir
    private Path dir;

    private final List<IndexStore> opened = new ArrayList<>();

    /** For subclasses, which only open the subject. */
    protected IndexReaderContract() {}

    /** Opens a new, empty, writable store whose files live in {@code dir}. */
    protected abstract IndexStore openStore(Path dir);

    @AfterEach
    final void closeStores() {
        opened.forEach(IndexStore::close);
    }

    // ---- lexical

    @Test
    void lexical_findsAChunkByItsSymbolPathAndContentFields() {
        IndexStore store = store();
        write(
                store,
                TestFiles.file("src/gadgets/panel.ts")
                        .block("// panel header")
                        .function("render", "function render() { return zebra; }")
                        .build());
        long render = chunkOf(store, "render");

        List<LexicalHit> bySymbol = store.reader().lexical(terms("render"), ChunkFilter.ALL, 10);
        List<LexicalHit> byPath = store.reader().lexical(terms("gadgets"), ChunkFilter.ALL, 10);
        List<LexicalHit> byContent = store.reader().lexical(terms("zebra"), ChunkFilter.ALL, 10);

        assertThat(ids(bySymbol)).containsExactly(render);
        assertThat(ids(byPath)).contains(render);
        assertThat(ids(byContent)).containsExactly(render);
    }

    @Test
    void lexical_ranksSymbolMatchAbovePathMatchAboveContentOnlyMatch() {
        IndexStore store = store();
        // The second chunk of each file, so that the file symbol (the path, attached to the first chunk) stays out
        // of its symbol field; the three rows have nearly equal lengths, so the field weights decide.
        write(
                store,
                withFillers(
                        10,
                        TestFiles.file("lib/s.ts")
                                .block("// s header words")
                                .function("quokka", "function run() { return 1; }")
                                .build(),
                        TestFiles.file("lib/quokka/p.ts")
                                .block("// p header words")
                                .function("alpha", "function run() { return 1; }")
                                .build(),
                        TestFiles.file("lib/c.ts")
                                .block("// c header words")
                                .function("beta", "function run() { return quokka; }")
                                .build()));
        long symbolMatch = chunkOf(store, "quokka");
        long pathMatch = chunkOf(store, "alpha");
        long contentMatch = chunkOf(store, "beta");

        List<LexicalHit> hits = store.reader().lexical(terms("quokka"), ChunkFilter.ALL, 10);

        assertThat(ids(hits)).containsSubsequence(symbolMatch, pathMatch, contentMatch);
        assertThat(score(hits, symbolMatch)).isGreaterThan(score(hits, pathMatch));
        assertThat(score(hits, pathMatch)).isGreaterThan(score(hits, contentMatch));
    }

    @Test
    void lexical_scores_areNonNegativeAndBestFirst() {
        IndexStore store = store();
        write(
                store,
                withFillers(
                        6,
                        fileWith("a.ts", "otter", "function run() { otter(otter); }"),
                        fileWith("b.ts", "walrus", "function run() { return otter; }")));

        List<LexicalHit> hits = store.reader().lexical(terms("otter walrus"), ChunkFilter.ALL, 10);

        assertThat(hits).isNotEmpty().allSatisfy(hit -> assertThat(hit.bm25()).isGreaterThanOrEqualTo(0.0));
        assertThat(hits).extracting(LexicalHit::bm25).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"",
                "\"zebra\"",
                "\"zebra",
                "*",
                "zebra*",
                "NEAR(",
                "NEAR(zebra lemur)",
                "NEAR",
                "-",
                "-zebra",
                "zebra-lemur",
                "'",
                "'zebra'",
                ";",
                "zebra;",
                "AND",
                "OR",
                "NOT",
                "zebra AND lemur",
                "symbol:zebra",
                "{symbol path}:zebra",
                "^zebra",
                "zebra+lemur",
                "(zebra)",
                "Zebra",
                " ",
                ""
            })
    void lexical_termWithFts5Syntax_neverThrowsAndMatchesOnlyAsALiteralTerm(String term) {
        IndexStore store = store();
        write(
                store,
                fileWith("a.ts", "first", "zebra and or not near lemur symbol path"),
                fileWith("b.ts", "second", "zebra lemur"),
                fileWith("c.ts", "third", "okapi"));

        List<LexicalHit> alone = store.reader().lexical(List.of(term), ChunkFilter.ALL, 10);
        List<LexicalHit> mixed = store.reader().lexical(List.of(term, "okapi"), ChunkFilter.ALL, 10);

        assertThat(alone).as("no stored term equals %s", term).isEmpty();
        assertThat(ids(mixed)).containsExactly(chunkOf(store, "third"));
        assertThat(mixed.getFirst().matchedTerms()).containsExactly("okapi");
    }

    @Test
    void lexical_withPathPrefix_keepsThePathAndFilesUnderItAsADirectoryOnly() {
        IndexStore store = store();
        write(
                store,
                fileWith("src/api/x.ts", "inApi", "hippo"),
                fileWith("src/api/deep/w.ts", "inApiDeep", "hippo"),
                fileWith("src/apix/y.ts", "inApix", "hippo"),
                fileWith("src/api-v2/v.ts", "inApiV2", "hippo"),
                fileWith("src/api.ts", "apiFile", "hippo"),
                fileWith("SRC/API/z.ts", "inUpperApi", "hippo"));

        List<LexicalHit> directory =
                store.reader().lexical(terms("hippo"), new ChunkFilter("src/api", TestScope.ALL), 10);
        List<LexicalHit> file =
                store.reader().lexical(terms("hippo"), new ChunkFilter("src/api.ts", TestScope.ALL), 10);

        assertThat(paths(store, directory)).containsExactlyInAnyOrder("src/api/x.ts", "src/api/deep/w.ts");
        assertThat(paths(store, file)).containsExactly("src/api.ts");
    }

    @ParameterizedTest
    @EnumSource(TestScope.class)
    void lexical_withScope_keepsImplTestOrAllChunks(TestScope scope) {
        IndexStore store = store();
        write(
                store,
                fileWith("src/lion.ts", "impl", "lion"),
                TestFiles.file("src/lion.test.ts")
                        .test(true)
                        .function("spec", "lion")
                        .build());

        List<LexicalHit> hits = store.reader().lexical(terms("lion"), new ChunkFilter("", scope), 10);

        assertThat(paths(store, hits))
                .containsExactlyInAnyOrderElementsOf(
                        switch (scope) {
                            case IMPL -> List.of("src/lion.ts");
                            case TEST -> List.of("src/lion.test.ts");
                            case ALL -> List.of("src/lion.ts", "src/lion.test.ts");
                        });
    }

    @Test
    void lexical_withScopeExcludingTheBestHits_stillReturnsLimitHits() {
        IndexStore store = store();
        List<ParsedFile> files = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // Test files where the term is the symbol: the best BM25 hits.
            files.add(TestFiles.file("t/otter" + i + "_test.go")
                    .test(true)
                    .function("otter", "func otter() { otter() }")
                    .build());
        }
        for (int i = 0; i < 4; i++) {
            files.add(fileWith("impl/f" + i + ".go", "run" + i, "func run() { // otter mention\n}"));
        }
        write(store, files.toArray(ParsedFile[]::new));

        List<LexicalHit> hits = store.reader().lexical(terms("otter"), IMPL, 3);

        assertThat(hits).hasSize(3);
        assertThat(paths(store, hits)).allMatch(path -> path.startsWith("impl/"));
    }

    @Test
    void lexical_withPathExcludingTheBestHits_stillReturnsLimitHits() {
        IndexStore store = store();
        List<ParsedFile> files = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            files.add(fileWith("other/otter" + i + ".go", "otter", "func otter() { otter() }"));
        }
        for (int i = 0; i < 4; i++) {
            files.add(fileWith("keep/f" + i + ".go", "run" + i, "func run() { // otter mention\n}"));
        }
        write(store, files.toArray(ParsedFile[]::new));

        List<LexicalHit> hits = store.reader().lexical(terms("otter"), new ChunkFilter("keep", TestScope.ALL), 3);

        assertThat(hits).hasSize(3);
        assertThat(paths(store, hits)).allMatch(path -> path.startsWith("keep/"));
    }

    @Test
    void lexical_withLimit_returnsTheBestHitsInOrder() {
        IndexStore store = store();
        write(
                store,
                withFillers(
                        6,
                        fileWith("a.ts", "otter", "otter otter"),
                        fileWith("b.ts", "first", "otter"),
                        fileWith("c.ts", "second", "one otter in a longer piece of text"),
                        fileWith("d.ts", "third", "otter again")));
        List<LexicalHit> all = store.reader().lexical(terms("otter"), ChunkFilter.ALL, 10);

        List<LexicalHit> limited = store.reader().lexical(terms("otter"), ChunkFilter.ALL, 2);

        assertThat(all).hasSize(4);
        assertThat(limited).containsExactlyElementsOf(all.subList(0, 2));
    }

    @Test
    void lexical_matchedTerms_listTheQueryTermsEachChunkHolds() {
        IndexStore store = store();
        write(
                store,
                withFillers(
                        6,
                        fileWith("a.ts", "first", "zebra lemur"),
                        fileWith("b.ts", "second", "zebra"),
                        TestFiles.file("c.ts")
                                .block("// header")
                                .function("lemur", "function run() {}")
                                .build()));

        List<LexicalHit> hits = store.reader().lexical(List.of("zebra", "lemur", "unicorn"), ChunkFilter.ALL, 10);

        assertThat(hits).hasSize(3);
        assertThat(hit(hits, chunkOf(store, "first")).matchedTerms()).containsExactlyInAnyOrder("zebra", "lemur");
        assertThat(hit(hits, chunkOf(store, "second")).matchedTerms()).containsExactly("zebra");
        assertThat(hit(hits, chunkOf(store, "lemur")).matchedTerms()).containsExactly("lemur");
    }

    @Test
    void lexical_withEqualScores_ordersByChunkIdAscending() {
        IndexStore store = store();
        // Identical rows but for the directory, whose terms have equal lengths; written out of path order.
        write(
                store,
                withFillers(
                        8,
                        fileWith("t3/same.ts", "lynx", "lynx"),
                        fileWith("t1/same.ts", "lynx", "lynx"),
                        fileWith("t4/same.ts", "lynx", "lynx"),
                        fileWith("t2/same.ts", "lynx", "lynx")));

        List<LexicalHit> hits = store.reader().lexical(terms("lynx"), ChunkFilter.ALL, 10);

        assertThat(hits).hasSize(4);
        assertThat(hits)
                .extracting(LexicalHit::bm25)
                .containsOnly(hits.getFirst().bm25());
        assertThat(ids(hits)).isSorted();
        assertThat(paths(store, hits)).containsExactly("t3/same.ts", "t1/same.ts", "t4/same.ts", "t2/same.ts");
    }

    @Test
    void lexical_withNoTermsOrUnknownTerms_returnsNothing() {
        IndexStore store = store();
        write(store, fileWith("a.ts", "first", "zebra"));

        assertThat(store.reader().lexical(List.of(), ChunkFilter.ALL, 10)).isEmpty();
        assertThat(store.reader().lexical(List.of("unicorn"), ChunkFilter.ALL, 10))
                .isEmpty();
    }

    // ---- termStatistics

    @Test
    void termStatistics_countChunksAndTheChunksHoldingEachTerm() {
        IndexStore store = store();
        write(
                store,
                TestFiles.file("a.ts")
                        .function("first", "zebra zebra zebra")
                        .block("lemur")
                        .build(),
                TestFiles.file("a.test.ts").test(true).block("zebra").build());

        TermStatistics statistics = store.reader().termStatistics(List.of("zebra", "lemur", "unicorn"));

        assertThat(statistics.chunkCount()).isEqualTo(3);
        assertThat(statistics.documentFrequency())
                .containsExactlyInAnyOrderEntriesOf(Map.of("zebra", 2L, "lemur", 1L, "unicorn", 0L));
    }

    @Test
    void termStatistics_afterAFileIsDeleted_leaveItsChunksOut() {
        IndexStore store = store();
        write(
                store,
                TestFiles.file("a.ts").block("zebra lemur").build(),
                TestFiles.file("b.ts").block("zebra").build());

        store.writer().apply(IndexBatch.of(List.of(new IndexJob.Delete("b.ts", DeleteCause.VANISHED, 5_000))));
        TermStatistics statistics = store.reader().termStatistics(List.of("zebra", "lemur"));

        assertThat(statistics.chunkCount()).isEqualTo(1);
        assertThat(statistics.frequency("zebra")).isEqualTo(1);
        assertThat(statistics.frequency("lemur")).isEqualTo(1);
    }

    // ---- chunks, partGroups

    @Test
    void chunks_byId_returnTheStoredFields() {
        IndexStore store = store();
        ParsedFile file = TestFiles.file("src/k.ts")
                .block("// walrus header")
                .function("kiwi", "(a: number): string", "function kiwi(a: number): string {\n  return x(a);\n}")
                .build();
        write(store, file);
        long kiwi = chunkOf(store, "kiwi");
        long header = ids(store.reader().lexical(terms("walrus"), ChunkFilter.ALL, 10))
                .getFirst();

        Map<Long, ChunkRecord> chunks = store.reader().chunks(List.of(kiwi, header));

        ParsedChunk parsed = file.chunks().get(1);
        assertThat(chunks.get(kiwi))
                .isEqualTo(new ChunkRecord(
                        kiwi,
                        "src/k.ts",
                        "typescript",
                        parsed.startLine(),
                        parsed.endLine(),
                        ChunkKind.FUNCTION,
                        "kiwi",
                        "kiwi",
                        "(a: number): string",
                        0,
                        1,
                        parsed.content(),
                        parsed.tokenCount(),
                        false));
        assertThat(chunks.get(header)).satisfies(block -> {
            assertThat(block.kind()).isEqualTo(ChunkKind.BLOCK);
            assertThat(block.symbolName()).isEmpty();
            assertThat(block.qualifiedName()).isEmpty();
            assertThat(block.signature()).isEmpty();
            assertThat(block.chunkIndex()).isZero();
        });
    }

    @Test
    void chunks_withMissingIds_leaveThemOut() {
        IndexStore store = store();
        write(store, fileWith("a.ts", "first", "zebra"), fileWith("b.ts", "second", "zebra"));
        long first = chunkOf(store, "first");

        Map<Long, ChunkRecord> chunks = store.reader().chunks(List.of(first, 987_654L, -1L));

        assertThat(chunks).containsOnlyKeys(first);
    }

    @Test
    void chunks_withMoreIdsThanOneStatementTakes_returnEveryStoredChunk() {
        IndexStore store = store();
        write(store, fileWith("a.ts", "first", "zebra"), fileWith("b.ts", "second", "zebra"));
        List<Long> manyIds = LongStream.rangeClosed(1, 2_500).boxed().toList();

        Map<Long, ChunkRecord> chunks = store.reader().chunks(manyIds);

        assertThat(chunks).hasSize((int) store.counts().chunks());
        assertThat(chunks.keySet()).contains(chunkOf(store, "first"), chunkOf(store, "second"));
    }

    @Test
    void partGroups_returnEveryPartOrderedByGroupThenStartLine() {
        IndexStore store = store();
        write(store, splitFile("src/big.ts", "bigFn", 3), splitFile("src/huge.ts", "hugeFn", 2));
        long bigGroup = groupOf(store, "bigFn");
        long hugeGroup = groupOf(store, "hugeFn");

        List<ChunkRecord> parts = store.reader().partGroups(List.of(hugeGroup, 987_654L, bigGroup));

        assertThat(bigGroup).isLessThan(hugeGroup);
        assertThat(parts)
                .extracting(ChunkRecord::filePath, ChunkRecord::partGroup, ChunkRecord::startLine)
                .containsExactly(
                        tuple("src/big.ts", bigGroup, 3),
                        tuple("src/big.ts", bigGroup, 6),
                        tuple("src/big.ts", bigGroup, 9),
                        tuple("src/huge.ts", hugeGroup, 3),
                        tuple("src/huge.ts", hugeGroup, 6));
        assertThat(parts.getFirst().id()).isEqualTo(bigGroup);
    }

    // ---- symbols, symbolsOfChunks

    @Test
    void symbols_byId_returnTheStoredFieldsAndLeaveMissingIdsOut() {
        IndexStore store = store();
        ParsedFile file = TestFiles.file("src/k_test.go")
                .test(true)
                .function("kiwi", "(a int) string", "func kiwi(a int) string {\n\treturn \"\"\n}")
                .build();
        write(store, file);
        SymbolRecord named = named(store, "kiwi");
        long fileSymbol = fileSymbolOf(store, named.chunkId());

        Map<Long, SymbolRecord> symbols = store.reader().symbols(List.of(named.id(), fileSymbol, 987_654L));

        ParsedSymbol parsed = file.symbols().get(1);
        assertThat(symbols).containsOnlyKeys(named.id(), fileSymbol);
        assertThat(symbols.get(named.id()))
                .isEqualTo(new SymbolRecord(
                        named.id(),
                        named.chunkId(),
                        "src/k_test.go",
                        "kiwi",
                        "kiwi",
                        SymKind.FUNCTION,
                        parsed.startLine(),
                        parsed.endLine(),
                        "(a int) string",
                        Optional.of(Visibility.PUBLIC),
                        true));
        assertThat(symbols.get(fileSymbol)).satisfies(symbol -> {
            assertThat(symbol.kind()).isEqualTo(SymKind.FILE);
            assertThat(symbol.name()).isEqualTo("src/k_test.go");
            assertThat(symbol.visibility()).isEmpty();
            assertThat(symbol.signature()).isEmpty();
        });
    }

    @Test
    void symbolsOfChunks_areOrderedByChunkThenStartLineThenId() {
        IndexStore store = store();
        write(store, classWithFields("src/zoo.ts"));
        long classChunk = named(store, "Zoo").chunkId();
        long methodChunk = named(store, "feed").chunkId();

        List<SymbolRecord> symbols = store.reader().symbolsOfChunks(List.of(methodChunk, 987_654L, classChunk));

        assertThat(symbols)
                .isSortedAccordingTo(Comparator.comparingLong(SymbolRecord::chunkId)
                        .thenComparingInt(SymbolRecord::startLine)
                        .thenComparingLong(SymbolRecord::id));
        assertThat(symbols)
                .extracting(SymbolRecord::name)
                .containsExactlyInAnyOrder("src/zoo.ts", "Zoo", "a", "b", "feed")
                .endsWith("a", "b", "feed");
    }

    // ---- symbolsNamed

    @Test
    void symbolsNamed_bareName_matchesTheNameExactlyAndCaseSensitively() {
        IndexStore store = store();
        writeNamedSymbols(store);

        List<SymbolRecord> found = store.reader().symbolsNamed("find", ANY_SYMBOL, 10);

        assertThat(found)
                .extracting(SymbolRecord::filePath, SymbolRecord::qualifiedName)
                .containsExactly(
                        tuple("a/UserService.java", "UserService.find"),
                        tuple("a/UserService.java", "UserService.find"),
                        tuple("c/find.test.ts", "find"));
        assertThat(found.get(0).startLine()).isLessThan(found.get(1).startLine());
    }

    @Test
    void symbolsNamed_qualifiedName_matchesASegmentAlignedSuffix() {
        IndexStore store = store();
        writeNamedSymbols(store);

        assertThat(qualifiedNames(store, "Cache.toString")).containsExactly("UserService.Cache.toString");
        assertThat(qualifiedNames(store, "UserService.Cache.toString")).containsExactly("UserService.Cache.toString");
        assertThat(qualifiedNames(store, "ache.toString")).isEmpty();
        assertThat(qualifiedNames(store, "cache.toString")).isEmpty();
        assertThat(qualifiedNames(store, "Service.Cache.toString")).isEmpty();
        assertThat(qualifiedNames(store, "toString"))
                .containsExactly("UserService.Cache.toString", "UserService.toString", "Other.toString");
    }

    @Test
    void symbolsNamed_neverReturnsFileSymbols() {
        IndexStore store = store();
        writeNamedSymbols(store);

        assertThat(store.reader().symbolsNamed("Makefile", ANY_SYMBOL, 10)).isEmpty();
        assertThat(store.reader().symbolsNamed("b/Other.java", ANY_SYMBOL, 10)).isEmpty();
        assertThat(store.reader()
                        .symbolsNamed("Makefile", new SymbolFilter(ChunkFilter.ALL, Optional.of(SymKind.FILE)), 10))
                .isEmpty();
    }

    @Test
    void symbolsNamed_withKindScopeAndPathFilters_keepsOnlyMatchingSymbols() {
        IndexStore store = store();
        writeNamedSymbols(store);

        assertThat(store.reader().symbolsNamed("UserService", filter(ChunkFilter.ALL, SymKind.CLASS), 10))
                .extracting(SymbolRecord::kind)
                .containsExactly(SymKind.CLASS);
        assertThat(store.reader().symbolsNamed("UserService", filter(ChunkFilter.ALL, SymKind.METHOD), 10))
                .isEmpty();
        assertThat(store.reader().symbolsNamed("find", new SymbolFilter(IMPL, Optional.empty()), 10))
                .extracting(SymbolRecord::filePath)
                .containsOnly("a/UserService.java")
                .hasSize(2);
        assertThat(store.reader()
                        .symbolsNamed(
                                "find", new SymbolFilter(new ChunkFilter("", TestScope.TEST), Optional.empty()), 10))
                .extracting(SymbolRecord::filePath)
                .containsExactly("c/find.test.ts");
        assertThat(store.reader()
                        .symbolsNamed(
                                "find", new SymbolFilter(new ChunkFilter("c", TestScope.ALL), Optional.empty()), 10))
                .extracting(SymbolRecord::filePath)
                .containsExactly("c/find.test.ts");
    }

    @Test
    void symbolsNamed_withLimit_returnsTheFirstInPathAndLineOrder() {
        IndexStore store = store();
        writeNamedSymbols(store);
        List<SymbolRecord> all = store.reader().symbolsNamed("find", ANY_SYMBOL, 10);

        List<SymbolRecord> limited = store.reader().symbolsNamed("find", ANY_SYMBOL, 2);

        assertThat(limited).containsExactlyElementsOf(all.subList(0, 2));
    }

    // ---- edges

    @Test
    void edges_outgoing_areTheResolvedEdgesLeavingTheSymbolsInOrder() {
        IndexStore store = store();
        write(store, shapes());
        SymbolRecord draw = named(store, "draw");
        SymbolRecord circle = named(store, "Circle");

        List<EdgeRecord> edges = store.reader().edges(List.of(draw.id(), 987_654L, circle.id()), true, Set.of());

        assertThat(edges)
                .containsExactlyElementsOf(sorted(List.of(
                        new EdgeRecord(draw.id(), named(store, "area").id(), EdgeKind.CALLS, draw.startLine()),
                        new EdgeRecord(draw.id(), circle.id(), EdgeKind.TYPE_REF, draw.startLine()),
                        new EdgeRecord(
                                circle.id(), named(store, "Shape").id(), EdgeKind.INHERITS, circle.startLine()))));
    }

    @Test
    void edges_incoming_areTheResolvedEdgesEnteringTheSymbolsOfTheGivenKinds() {
        IndexStore store = store();
        write(store, shapes());
        SymbolRecord shape = named(store, "Shape");
        SymbolRecord circle = named(store, "Circle");
        SymbolRecord area = named(store, "area");

        List<EdgeRecord> all = store.reader().edges(List.of(shape.id()), false, Set.of());
        List<EdgeRecord> inherits = store.reader().edges(List.of(shape.id()), false, Set.of(EdgeKind.INHERITS));

        assertThat(all)
                .containsExactlyElementsOf(sorted(List.of(
                        new EdgeRecord(circle.id(), shape.id(), EdgeKind.INHERITS, circle.startLine()),
                        new EdgeRecord(area.id(), shape.id(), EdgeKind.TYPE_REF, area.startLine()))));
        assertThat(inherits)
                .containsExactly(new EdgeRecord(circle.id(), shape.id(), EdgeKind.INHERITS, circle.startLine()));
    }

    @Test
    void edges_incomingToSeveralSymbols_areOrderedBySourceThenTarget() {
        IndexStore store = store();
        write(store, shapes());
        SymbolRecord setup = named(store, "setup");
        SymbolRecord draw = named(store, "draw");
        SymbolRecord area = named(store, "area");

        List<EdgeRecord> edges = store.reader().edges(List.of(area.id(), draw.id()), false, Set.of());

        assertThat(setup.id()).isLessThan(draw.id());
        assertThat(edges)
                .containsExactly(
                        new EdgeRecord(setup.id(), draw.id(), EdgeKind.CALLS, setup.startLine()),
                        new EdgeRecord(draw.id(), area.id(), EdgeKind.CALLS, draw.startLine()));
    }

    // ---- unresolved references

    @Test
    void unresolvedReferencesTo_aBareOrQualifiedName_listsThePendingReferencesInPathAndLineOrder() {
        IndexStore store = store();
        writeUnresolved(store);

        List<UnresolvedReference> bare = store.reader().unresolvedReferencesTo("ListenAndServe", ChunkFilter.ALL, 10);
        List<UnresolvedReference> qualified =
                store.reader().unresolvedReferencesTo("http.ListenAndServe", ChunkFilter.ALL, 10);

        assertThat(bare)
                .extracting(r -> r.source().filePath(), r -> r.source().name(), UnresolvedReference::line)
                .containsExactly(
                        tuple("go/aaa.go", "serve", 1),
                        tuple("go/aaa.go", "serveAgain", 5),
                        tuple("go/main.go", "main", 1),
                        tuple("go/main_test.go", "TestMain", 1));
        assertThat(bare).allSatisfy(reference -> {
            assertThat(reference.targetName()).isEqualTo("ListenAndServe");
            assertThat(reference.targetText()).isEqualTo("http.ListenAndServe");
            assertThat(reference.kind()).isEqualTo(EdgeKind.CALLS);
        });
        assertThat(qualified).isEqualTo(bare);
    }

    @Test
    void unresolvedReferencesTo_anImportedName_isHeldByTheFileSymbol() {
        IndexStore store = store();
        writeUnresolved(store);

        List<UnresolvedReference> references = store.reader().unresolvedReferencesTo("createHmac", ChunkFilter.ALL, 10);

        assertThat(references).singleElement().satisfies(reference -> {
            assertThat(reference.kind()).isEqualTo(EdgeKind.IMPORTS);
            assertThat(reference.source().kind()).isEqualTo(SymKind.FILE);
            assertThat(reference.source().name()).isEqualTo("go/main.go");
        });
    }

    @Test
    void unresolvedReferencesTo_withFilterAndLimit_keepsMatchingReferencesUpToTheLimit() {
        IndexStore store = store();
        writeUnresolved(store);

        List<UnresolvedReference> impl = store.reader().unresolvedReferencesTo("ListenAndServe", IMPL, 10);
        List<UnresolvedReference> inMain = store.reader()
                .unresolvedReferencesTo("ListenAndServe", new ChunkFilter("go/main.go", TestScope.ALL), 10);
        List<UnresolvedReference> first = store.reader().unresolvedReferencesTo("ListenAndServe", ChunkFilter.ALL, 1);

        assertThat(impl).extracting(r -> r.source().name()).containsExactly("serve", "serveAgain", "main");
        assertThat(inMain).extracting(r -> r.source().name()).containsExactly("main");
        assertThat(first).extracting(r -> r.source().name()).containsExactly("serve");
    }

    @Test
    void unresolvedReferencesFrom_listsTheSymbolsPendingReferencesOfTheGivenKinds() {
        IndexStore store = store();
        writeUnresolved(store);
        SymbolRecord main = named(store, "main");
        long fileSymbol = fileSymbolOf(store, main.chunkId());

        List<UnresolvedReference> all =
                store.reader().unresolvedReferencesFrom(List.of(main.id(), fileSymbol), Set.of());
        List<UnresolvedReference> imports =
                store.reader().unresolvedReferencesFrom(List.of(main.id(), fileSymbol), Set.of(EdgeKind.IMPORTS));

        assertThat(all)
                .isSortedAccordingTo(Comparator.comparingLong(
                                (UnresolvedReference r) -> r.source().id())
                        .thenComparingInt(UnresolvedReference::line))
                .extracting(UnresolvedReference::targetName)
                .containsExactlyInAnyOrder("ListenAndServe", "createHmac");
        assertThat(imports).extracting(UnresolvedReference::targetName).containsExactly("createHmac");
    }

    // ---- change records

    @Test
    void changesSince_listsRecordsNewestFirstWithTheirSymbols() {
        IndexStore store = store();
        writeChangeHistory(store);

        List<ChangeRecord> changes = store.reader().changesSince(Instant.EPOCH, "");

        assertThat(changes)
                .extracting(ChangeRecord::path, ChangeRecord::type, ChangeRecord::oldPath)
                .containsExactly(
                        tuple("e.ts", ChangeRecord.Type.ADD, ""),
                        tuple("b.ts", ChangeRecord.Type.DELETE, ""),
                        tuple("d/c.ts", ChangeRecord.Type.RENAME, "c.ts"),
                        tuple("a.ts", ChangeRecord.Type.MODIFY, ""));
        assertThat(changes.get(0).symbols())
                .contains(new ChangedSymbol("epsilon", "epsilon", SymKind.FUNCTION, "added"));
        assertThat(changes.get(1).symbols()).contains(new ChangedSymbol("beta", "beta", SymKind.FUNCTION, "removed"));
        assertThat(changes.get(3).symbols())
                .contains(new ChangedSymbol("alpha", "alpha", SymKind.FUNCTION, "modified"));
        assertThat(changes.get(0).appliedAt()).isAfter(changes.get(1).appliedAt());
        assertThat(changes.get(2).appliedAt()).isAfter(changes.get(3).appliedAt());
    }

    @Test
    void lastChangeAt_withoutChangeRecords_isEmpty() {
        IndexStore store = store();
        baseline(store, fileWith("a.ts", "alpha", "one"));

        assertThat(store.reader().lastChangeAt()).isEmpty();
    }

    @Test
    void lastChangeAt_afterAHistory_isTheNewestRecordsTime() {
        IndexStore store = store();
        writeChangeHistory(store);

        assertThat(store.reader().lastChangeAt()).contains(newestChange(store));
        assertThat(store.reader().lastChangeAt().orElseThrow())
                .isAfter(
                        store.reader().changesSince(Instant.EPOCH, "").getLast().appliedAt());
    }

    @Test
    void changesSince_withRecordsOfOneInstant_ordersThemByPath() {
        IndexStore store = store();
        baseline(store, fileWith("z.ts", "zed", "one"), fileWith("m.ts", "em", "one"));

        write(store, fileWith("z.ts", "zed", "two", 2_000), fileWith("m.ts", "em", "two", 2_000));
        List<ChangeRecord> changes = store.reader().changesSince(Instant.EPOCH, "");

        assertThat(changes).extracting(ChangeRecord::path).containsExactly("m.ts", "z.ts");
    }

    @Test
    void changesSince_aTime_leavesOutOlderRecords() {
        IndexStore store = store();
        writeChangeHistory(store);
        List<ChangeRecord> all = store.reader().changesSince(Instant.EPOCH, "");
        Instant deleteTime = all.get(1).appliedAt();

        List<ChangeRecord> recent = store.reader().changesSince(deleteTime, "");
        List<ChangeRecord> justAfter = store.reader().changesSince(deleteTime.plusNanos(1), "");

        assertThat(recent).extracting(ChangeRecord::path).containsExactly("e.ts", "b.ts", "d/c.ts");
        assertThat(justAfter).extracting(ChangeRecord::path).containsExactly("e.ts");
    }

    @Test
    void changesSince_withPathPrefix_keepsThePathAndFilesUnderItByTheirNewPath() {
        IndexStore store = store();
        writeChangeHistory(store);

        assertThat(store.reader().changesSince(Instant.EPOCH, "d"))
                .extracting(ChangeRecord::path)
                .containsExactly("d/c.ts");
        assertThat(store.reader().changesSince(Instant.EPOCH, "c.ts")).isEmpty();
        assertThat(store.reader().changesSince(Instant.EPOCH, "a.ts"))
                .extracting(ChangeRecord::path)
                .containsExactly("a.ts");
        assertThat(store.reader().changesSince(Instant.EPOCH, "e")).isEmpty();
    }

    @Test
    void latestChanges_giveEachChangedPathsNewestRecordTimeAndChunks() {
        IndexStore store = store();
        baseline(store, fileWith("a.ts", "alpha", "one"), fileWith("b.ts", "beta", "one"));
        write(store, fileWith("a.ts", "alpha", "two", 2_000));
        afterTheClockLeaves(
                store.reader().changesSince(Instant.EPOCH, "").getFirst().appliedAt());
        write(store, fileWith("a.ts", "alpha", "three", 3_000));
        ChangeRecord newest = store.reader().changesSince(Instant.EPOCH, "").getFirst();

        Map<String, LatestChange> latest = store.reader().latestChanges(List.of("a.ts", "b.ts", "nowhere.ts"));

        assertThat(latest).containsOnlyKeys("a.ts");
        assertThat(latest.get("a.ts").appliedAt()).isEqualTo(newest.appliedAt());
        assertThat(latest.get("a.ts").chunkIds()).containsExactly(chunkOf(store, "alpha"));
    }

    // ---- lifecycle

    @Test
    void reader_calledTwice_returnsTheSameInstance() {
        IndexStore store = store();

        assertThat(store.reader()).isSameAs(store.reader());
    }

    @Test
    void everyMethod_afterTheStoreIsClosed_throwsClosed() {
        IndexStore store = store();
        write(store, fileWith("a.ts", "first", "zebra"));
        IndexReader reader = store.reader();
        store.close();

        List<Consumer<IndexReader>> calls = List.of(
                r -> r.lexical(List.of("zebra"), ChunkFilter.ALL, 10),
                r -> r.termStatistics(List.of("zebra")),
                r -> r.chunks(List.of(1L)),
                r -> r.partGroups(List.of(1L)),
                r -> r.symbols(List.of(1L)),
                r -> r.symbolsOfChunks(List.of(1L)),
                r -> r.symbolsNamed("first", ANY_SYMBOL, 10),
                r -> r.edges(List.of(1L), true, Set.of()),
                r -> r.unresolvedReferencesTo("first", ChunkFilter.ALL, 10),
                r -> r.unresolvedReferencesFrom(List.of(1L), Set.of()),
                r -> r.changesSince(Instant.EPOCH, ""),
                r -> r.latestChanges(List.of("a.ts")));

        for (Consumer<IndexReader> call : calls) {
            assertThatThrownBy(() -> call.accept(reader))
                    .isInstanceOfSatisfying(
                            IndexStoreException.class,
                            e -> assertThat(e.kind()).isEqualTo(IndexStoreException.Kind.CLOSED))
                    .hasMessageContaining("closed");
        }
    }

    // ---- fixtures

    private IndexStore store() {
        IndexStore store = openStore(dir);
        opened.add(store);
        return store;
    }

    private static List<String> terms(String query) {
        return ANALYZER.queryTerms(query);
    }

    private static void write(IndexStore store, ParsedFile... files) {
        store.writer().apply(IndexBatch.of(upserts(files)));
    }

    /** Writes {@code files} as the last batch of a full scan: change records start after it. */
    private static void baseline(IndexStore store, ParsedFile... files) {
        store.writer().setFingerprint(FINGERPRINT);
        store.writer().apply(IndexBatch.completingFullIndex(upserts(files), FINGERPRINT));
    }

    private static List<IndexJob> upserts(ParsedFile... files) {
        return List.of(files).stream().<IndexJob>map(IndexJob.Upsert::new).toList();
    }

    /** Waits until the wall clock has left the millisecond of {@code stamp}, so that the next record is newer. */
    private static void afterTheClockLeaves(Instant stamp) {
        Await.until(
                "the clock to pass " + stamp,
                Duration.ofSeconds(5),
                () -> Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(stamp));
    }

    /** A file holding one function {@code name} whose whole text is {@code content}. */
    private static ParsedFile fileWith(String path, String name, String content) {
        return fileWith(path, name, content, 1_000);
    }

    private static ParsedFile fileWith(String path, String name, String content, long readAt) {
        return TestFiles.file(path).readAt(readAt).function(name, content).build();
    }

    /** {@code files} and {@code count} unrelated ones, so that the terms under test are rare enough for BM25. */
    private static ParsedFile[] withFillers(int count, ParsedFile... files) {
        List<ParsedFile> all = new ArrayList<>(List.of(files));
        for (int i = 0; i < count; i++) {
            all.add(fileWith("filler/f" + i + ".ts", "filler" + i, "function filler() { return nothing; }"));
        }
        return all.toArray(ParsedFile[]::new);
    }

    /** Two classes, three functions and the references between them, all resolvable in the file but one. */
    private static ParsedFile shapes() {
        return TestFiles.file("src/shapes.ts")
                .function("setup", "function setup() { draw(); }")
                .type("Shape", "class Shape {}")
                .type("Circle", "class Circle extends Shape {}")
                .function("area", "function area(s: Shape) { return 1; }")
                .function("draw", "function draw(c: Circle) { area(c); missing(); }")
                // Declared against the order of answers: later sources and targets first.
                .reference("draw", EdgeKind.TYPE_REF, "Circle", "Circle", "")
                .calls("draw", "area")
                .reference("area", EdgeKind.TYPE_REF, "Shape", "Shape", "")
                .reference("Circle", EdgeKind.INHERITS, "Shape", "Shape", "")
                .calls("draw", "missing")
                .calls("setup", "draw")
                .build();
    }

    private static void writeNamedSymbols(IndexStore store) {
        // Written out of path order, so that the order of answers is not the order of ids.
        write(
                store,
                TestFiles.file("c/find.test.ts")
                        .test(true)
                        .function("find", "function find() {}")
                        .build(),
                TestFiles.file("b/Other.java")
                        .declare(ChunkKind.METHOD, SymKind.METHOD, "Other.toString", "()", "String toString() {}")
                        .function("Find", "void Find() {}")
                        .function("findAll", "void findAll() {}")
                        .build(),
                TestFiles.file("a/UserService.java")
                        .type("UserService", "class UserService {")
                        .type("UserService.Cache", "class Cache {")
                        .declare(
                                ChunkKind.METHOD,
                                SymKind.METHOD,
                                "UserService.Cache.toString",
                                "()",
                                "String toString() {}")
                        .declare(ChunkKind.METHOD, SymKind.METHOD, "UserService.toString", "()", "String toString() {}")
                        .declare(
                                ChunkKind.METHOD,
                                SymKind.METHOD,
                                "UserService.find",
                                "(long id)",
                                "User find(long id) {}")
                        .declare(
                                ChunkKind.METHOD,
                                SymKind.METHOD,
                                "UserService.find",
                                "(String e)",
                                "User find(String e) {}")
                        .build(),
                TestFiles.file("Makefile").block("all: build").build());
    }

    private static void writeUnresolved(IndexStore store) {
        write(
                store,
                TestFiles.file("go/main_test.go")
                        .test(true)
                        .function("TestMain", "func TestMain() { http.ListenAndServe() }")
                        .reference("TestMain", EdgeKind.CALLS, "http.ListenAndServe", "ListenAndServe", "")
                        .build(),
                TestFiles.file("go/main.go")
                        .function("main", "func main() { http.ListenAndServe() }")
                        .reference("main", EdgeKind.CALLS, "http.ListenAndServe", "ListenAndServe", "")
                        .imports("createHmac", "crypto/createHmac")
                        .build(),
                TestFiles.file("go/aaa.go")
                        .function("serve", "func serve() {\n\thttp.ListenAndServe()\n}")
                        .function("serveAgain", "func serveAgain() {\n\thttp.ListenAndServe()\n}")
                        .reference("serveAgain", EdgeKind.CALLS, "http.ListenAndServe", "ListenAndServe", "")
                        .reference("serve", EdgeKind.CALLS, "http.ListenAndServe", "ListenAndServe", "")
                        .build());
    }

    /**
     * A baseline of a.ts, b.ts and c.ts, then, each newer than the one before: a modify of a.ts; the delete of b.ts
     * and the rename of c.ts to d/c.ts in one batch; the add of e.ts.
     */
    private void writeChangeHistory(IndexStore store) {
        ParsedFile gamma = fileWith("c.ts", "gamma", "function gamma() {}");
        baseline(store, fileWith("a.ts", "alpha", "one"), fileWith("b.ts", "beta", "one"), gamma);
        write(store, fileWith("a.ts", "alpha", "two", 2_000));
        afterTheClockLeaves(newestChange(store));
        store.writer()
                .apply(IndexBatch.of(List.of(
                        new IndexJob.Delete("b.ts", DeleteCause.VANISHED, 3_000),
                        new IndexJob.Delete("c.ts", DeleteCause.VANISHED, 3_000),
                        new IndexJob.Upsert(fileWith("d/c.ts", "gamma", "function gamma() {}", 3_000)))));
        afterTheClockLeaves(newestChange(store));
        write(store, fileWith("e.ts", "epsilon", "function epsilon() {}", 4_000));
    }

    private static Instant newestChange(IndexStore store) {
        return store.reader().changesSince(Instant.EPOCH, "").getFirst().appliedAt();
    }

    /** A file whose function {@code name} is split into {@code parts} pieces of 3 lines each, after a header. */
    private static ParsedFile splitFile(String path, String name, int parts) {
        List<ParsedChunk> chunks = new ArrayList<>();
        chunks.add(TestChunks.chunk(0, ChunkKind.HEADER, null, 1, "import x;"));
        StringBuilder text = new StringBuilder("import x;\n");
        for (int part = 0; part < parts; part++) {
            int start = 3 + 3 * part;
            String content = "// " + name + " part " + part + "\nstep(" + part + ");\nstep(" + part + ");";
            text.append('\n').append(content);
            chunks.add(new ParsedChunk(
                    part + 1,
                    ChunkKind.FUNCTION,
                    false,
                    name,
                    name,
                    "()",
                    start,
                    start + 2,
                    content,
                    TestChunks.sha256(content),
                    10,
                    ParsedChunk.NONE,
                    1));
        }
        int lastLine = 2 + 3 * parts;
        List<ParsedSymbol> symbols = List.of(
                new ParsedSymbol(path, path, SymKind.FILE, 1, lastLine, "", null, false, TestChunks.sha256(path), 0),
                new ParsedSymbol(
                        name,
                        name,
                        SymKind.FUNCTION,
                        3,
                        lastLine,
                        "()",
                        Visibility.PUBLIC,
                        true,
                        TestChunks.sha256(text.toString()),
                        1));
        return new ParsedFile(meta(path, text.toString(), lastLine), chunks, symbols, List.of());
    }

    /** A class chunk holding the class and two fields (declared out of line order), and a method chunk. */
    private static ParsedFile classWithFields(String path) {
        String classText = "class Zoo {\n  a = 1;\n  b = 2;\n}";
        String methodText = "function feed() {}";
        List<ParsedChunk> chunks = List.of(
                TestChunks.chunk(0, ChunkKind.CLASS, "Zoo", 1, classText),
                TestChunks.chunk(1, ChunkKind.FUNCTION, "feed", 6, methodText));
        List<ParsedSymbol> symbols = List.of(
                new ParsedSymbol(path, path, SymKind.FILE, 1, 6, "", null, false, TestChunks.sha256(path), 0),
                new ParsedSymbol("Zoo", "Zoo", SymKind.CLASS, 1, 4, "", null, false, TestChunks.sha256(classText), 0),
                new ParsedSymbol("b", "Zoo.b", SymKind.VARIABLE, 3, 3, "", null, false, TestChunks.sha256("b"), 0),
                new ParsedSymbol("a", "Zoo.a", SymKind.VARIABLE, 2, 2, "", null, false, TestChunks.sha256("a"), 0),
                new ParsedSymbol(
                        "feed", "feed", SymKind.FUNCTION, 6, 6, "()", null, false, TestChunks.sha256(methodText), 1));
        return new ParsedFile(meta(path, classText + "\n\n" + methodText, 6), chunks, symbols, List.of());
    }

    private static FileMeta meta(String path, String text, int lines) {
        return new FileMeta(
                path,
                "typescript",
                null,
                text.length(),
                1_000,
                1_000,
                TestChunks.sha256(text),
                lines,
                ParseQuality.FULL,
                null,
                false);
    }

    // ---- reading helpers

    private static SymbolRecord named(IndexStore store, String qualifiedName) {
        return store.reader().symbolsNamed(qualifiedName, ANY_SYMBOL, 10).stream()
                .filter(symbol -> symbol.qualifiedName().equals(qualifiedName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no symbol " + qualifiedName + " in the store"));
    }

    private static long chunkOf(IndexStore store, String qualifiedName) {
        return named(store, qualifiedName).chunkId();
    }

    private static long groupOf(IndexStore store, String name) {
        return store.reader()
                .chunks(List.of(chunkOf(store, name)))
                .get(chunkOf(store, name))
                .partGroup();
    }

    private static long fileSymbolOf(IndexStore store, long chunkId) {
        return store.reader().symbolsOfChunks(List.of(chunkId)).stream()
                .filter(symbol -> symbol.kind() == SymKind.FILE)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no file symbol on chunk " + chunkId))
                .id();
    }

    private static List<String> qualifiedNames(IndexStore store, String name) {
        return store.reader().symbolsNamed(name, ANY_SYMBOL, 10).stream()
                .map(SymbolRecord::qualifiedName)
                .toList();
    }

    private static SymbolFilter filter(ChunkFilter chunks, SymKind kind) {
        return new SymbolFilter(chunks, Optional.of(kind));
    }

    private static List<Long> ids(List<LexicalHit> hits) {
        return hits.stream().map(LexicalHit::chunkId).toList();
    }

    private static List<String> paths(IndexStore store, List<LexicalHit> hits) {
        Map<Long, ChunkRecord> chunks = store.reader().chunks(ids(hits));
        return hits.stream().map(hit -> chunks.get(hit.chunkId()).filePath()).toList();
    }

    private static LexicalHit hit(List<LexicalHit> hits, long chunkId) {
        return hits.stream()
                .filter(hit -> hit.chunkId() == chunkId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("chunk " + chunkId + " is not among " + hits));
    }

    private static double score(List<LexicalHit> hits, long chunkId) {
        return hit(hits, chunkId).bm25();
    }

    private static List<EdgeRecord> sorted(Collection<EdgeRecord> edges) {
        return edges.stream().sorted(EDGE_ORDER).toList();
    }
}
