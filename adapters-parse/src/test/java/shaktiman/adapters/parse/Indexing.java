package shaktiman.adapters.parse;

import java.time.Duration;
import shaktiman.core.index.FileIndexer;
import shaktiman.core.index.IndexedFile;
import shaktiman.core.index.chunk.ChunkLimits;
import shaktiman.core.index.chunk.PartitionCheck;
import shaktiman.core.index.lang.LanguageTable;
import shaktiman.core.port.TokenCounter;
import shaktiman.testkit.fake.FixedRatioTokenCounter;

/** A {@link FileIndexer} over the real grammars, for the pipeline tests; exact token counts do not matter to them. */
final class Indexing implements AutoCloseable {

    static final TokenCounter COUNTER = new FixedRatioTokenCounter();

    final TreeSitterParser parser = new TreeSitterParser();
    final FileIndexer indexer;

    /** An indexer with IX-15's timeout and IX-18's limits. */
    Indexing() {
        this(ChunkLimits.DEFAULTS);
    }

    /** An indexer with IX-15's timeout and {@code limits}. */
    Indexing(ChunkLimits limits) {
        indexer = new FileIndexer(parser, COUNTER, limits, LanguageTable.builtIn(), FileIndexer.DEFAULT_PARSE_TIMEOUT);
    }

    IndexedFile index(String path, String languageId, String text) {
        return indexer.index(path, languageId, text);
    }

    /** An indexer on the same parser whose parses time out after {@code timeout}. */
    FileIndexer withTimeout(Duration timeout) {
        return new FileIndexer(parser, COUNTER, ChunkLimits.DEFAULTS, LanguageTable.builtIn(), timeout);
    }

    static PartitionCheck partition() {
        return new PartitionCheck(COUNTER, ChunkLimits.DEFAULTS.maxTokens());
    }

    @Override
    public void close() {
        parser.close();
    }
}
