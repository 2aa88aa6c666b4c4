package shaktiman.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.index.write.FtsColumns;
import shaktiman.core.model.index.DeleteCause;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.text.IdentifierAnalyzer;
import shaktiman.testkit.TestFiles;

/** Verifies the full-text rows the writer keeps beside the chunks (IX-38): their terms (T-40) and repair (T-42). */
@Timeout(60)
class SqliteFullTextTest {
    private static final IdentifierAnalyzer ANALYZER = new IdentifierAnalyzer();

    @TempDir
    Path dir;

    private StoreUnderTest subject;

    @BeforeEach
    void open() {
        subject = new StoreUnderTest(dir);
    }

    @AfterEach
    void close() {
        subject.close();
    }

    private static ParsedFile service(long readAt, String body) {
        return TestFiles.file("src/auth/TokenService.java")
                .readAt(readAt)
                .block("// Validates HTTP tokens.\npackage auth;")
                .type("TokenService", "/** Issues and checks tokens. */\nclass TokenService {}")
                .function(
                        "validateToken",
                        "(String token): boolean",
                        "# validate_token checks the HMACSignature\nboolean validateToken(String token) {\n\t" + body
                                + "\n}")
                .build();
    }

    /** The terms each column should hold, by chunk id, computed with the analyzer from the stored rows. */
    private Map<Long, List<String>> expectedTerms(String column) {
        Map<Long, List<String>> expected = new TreeMap<>();
        for (String row : subject.dump.lines("SELECT c.id FROM chunks c ORDER BY c.id")) {
            long id = Long.parseLong(row);
            String content = subject.dump.string("SELECT content FROM chunks WHERE id = " + id);
            String path = subject.dump.string(
                    "SELECT f.path FROM chunks c JOIN files f ON f.id = c.file_id WHERE c.id = " + id);
            List<String> names = new ArrayList<>();
            names.add(subject.dump.string("SELECT symbol_name FROM chunks WHERE id = " + id));
            names.add(subject.dump.string("SELECT qualified_name FROM chunks WHERE id = " + id));
            names.addAll(subject.dump.lines(
                    "SELECT name || char(10) || qualified_name FROM symbols WHERE chunk_id = " + id));
            String text = switch (column) {
                case "symbol" ->
                    String.join("\n", names.stream().filter(n -> n != null).toList());
                case "path" -> path;
                case "content" -> content;
                case "doc" -> FtsColumns.commentText(content);
                default -> throw new AssertionError("unknown column " + column);
            };
            List<String> terms = new ArrayList<>(ANALYZER.indexTerms(text));
            if (!terms.isEmpty()) {
                expected.put(id, terms);
            }
        }
        return expected;
    }

    private static Map<Long, List<String>> sorted(Map<Long, List<String>> terms) {
        Map<Long, List<String>> result = new TreeMap<>();
        terms.forEach((id, list) -> result.put(id, list.stream().sorted().toList()));
        return result;
    }

    @Test
    void apply_everyChunk_storesTheAnalyzerTermsOfItsFields() {
        subject.write(service(1_000, "return true;"));

        for (String column : List.of("symbol", "path", "content", "doc")) {
            assertThat(sorted(subject.dump.ftsTerms(column))).as(column).isEqualTo(sorted(expectedTerms(column)));
        }
        assertThat(subject.dump.ftsTerms("doc").values())
                .anySatisfy(terms -> assertThat(terms).contains("hmac", "signatur", "hmacsignature"));
    }

    @Test
    void apply_afterEditsDeletesAndRenames_keepsOneRowPerChunkAndPassesTheIntegrityCheck() throws SQLException {
        subject.baseline(
                service(1_000, "return true;"),
                TestFiles.file("a.go").function("a", "func a() {}").build());
        subject.write(service(2_000, "return false;"));
        subject.delete("a.go");
        ParsedFile renamed = TestFiles.file("src/auth/Tokens.java")
                .readAt(3_000)
                .block("// Validates HTTP tokens.\npackage auth;")
                .type("TokenService", "/** Issues and checks tokens. */\nclass TokenService {}")
                .function(
                        "validateToken",
                        "(String token): boolean",
                        "# validate_token checks the HMACSignature\nboolean validateToken(String token) {\n\t"
                                + "return false;\n}")
                .build();
        subject.apply(
                new IndexJob.Delete("src/auth/TokenService.java", DeleteCause.VANISHED, 3_000),
                new IndexJob.Upsert(renamed));

        assertThat(subject.dump.count("SELECT count(*) FROM chunks_fts_docsize"))
                .isEqualTo(subject.dump.count("SELECT count(*) FROM chunks"));
        assertThatCode(subject.dump::ftsIntegrityCheck).doesNotThrowAnyException();
        assertThat(sorted(subject.dump.ftsTerms("path"))).isEqualTo(sorted(expectedTerms("path")));
        assertThat(sorted(subject.dump.ftsTerms("content"))).isEqualTo(sorted(expectedTerms("content")));
    }

    @Test
    void reanalyseFtsIfInconsistent_afterRowsWereDeletedBehindItsBack_restoresEveryRow() {
        subject.write(service(1_000, "return true;"));
        Map<Long, List<String>> before = sorted(subject.dump.ftsTerms("content"));
        SeedRows.execute(subject.dbFile, "DELETE FROM chunks_fts WHERE rowid IN (SELECT id FROM chunks LIMIT 2)");

        long reanalysed = subject.store.writer().reanalyseFtsIfInconsistent();

        assertThat(reanalysed).isEqualTo(subject.dump.count("SELECT count(*) FROM chunks"));
        assertThat(subject.dump.count("SELECT count(*) FROM chunks_fts_docsize"))
                .isEqualTo(subject.dump.count("SELECT count(*) FROM chunks"));
        assertThat(sorted(subject.dump.ftsTerms("content"))).isEqualTo(before);
        assertThat(sorted(subject.dump.ftsTerms("symbol"))).isEqualTo(sorted(expectedTerms("symbol")));
    }

    @Test
    void reanalyseFtsIfInconsistent_whenCountsAgree_changesNothing() {
        subject.write(service(1_000, "return true;"));
        Map<Long, List<String>> before = subject.dump.ftsTerms("symbol");

        long reanalysed = subject.store.writer().reanalyseFtsIfInconsistent();

        assertThat(reanalysed).isZero();
        assertThat(subject.dump.ftsTerms("symbol")).isEqualTo(before);
    }

    @Test
    void apply_rename_rewritesThePathColumn() {
        subject.write(
                TestFiles.file("old/alpha.go").function("f", "func f() {}").build());

        subject.apply(
                new IndexJob.Delete("old/alpha.go", DeleteCause.VANISHED, 2_000),
                new IndexJob.Upsert(TestFiles.file("new/beta.go")
                        .readAt(2_000)
                        .function("f", "func f() {}")
                        .build()));

        assertThat(subject.dump.ftsTerms("path").values()).containsOnly(List.of("new", "beta", "go"));
    }
}
