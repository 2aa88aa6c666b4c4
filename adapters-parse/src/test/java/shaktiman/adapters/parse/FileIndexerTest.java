package shaktiman.adapters.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shaktiman.core.index.IndexedFile;
import shaktiman.core.index.IndexedSymbol;
import shaktiman.core.index.chunk.Chunk;
import shaktiman.core.index.discovery.Candidate;
import shaktiman.core.index.discovery.Content;
import shaktiman.core.index.symbols.ExtractedReference;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.index.FileMeta;
import shaktiman.core.model.index.ParseQuality;
import shaktiman.core.model.index.ParsedChunk;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.model.index.ParsedReference;
import shaktiman.core.model.index.ParsedSymbol;

/** Verifies the file pipeline's decomposition, attachment, failure and ERB rules (T-16, T-17, T-21, T-24, T-25). */
class FileIndexerTest {

    private static Indexing indexing;

    @BeforeAll
    static void open() {
        indexing = new Indexing();
    }

    @AfterAll
    static void close() {
        indexing.close();
    }

    @Test
    void typescriptFunction_overTheMaximumWithALocalArrow_keepsEveryStatement() {
        List<String> statements = IntStream.range(0, 120)
                .mapToObj(i -> "  const value" + i + " = compute(" + i + ") + 'padding to make the line longer';")
                .collect(Collectors.toList());
        statements.add(60, "  const f = () => compute(-1);");
        String text = "export function large(): number {\n" + String.join("\n", statements) + "\n  return f();\n}\n";

        IndexedFile file = indexing.index("large.ts", "typescript", text);

        assertThat(Indexing.COUNTER.count(text)).isGreaterThan(1024);
        assertThat(Indexing.partition().check(text, file.chunks())).isEmpty();
        // A tiny statement right after the function's first line joins the summary's header lines (IX-23).
        String stored = file.chunks().chunks().stream().map(Chunk::content).collect(Collectors.joining("\n"));
        assertThat(statements).allSatisfy(statement -> assertThat(stored).contains(statement));
        assertThat(stored).contains("  return f();");
    }

    @Test
    void rubyClass_overTheMaximum_keepsItsHasManyLinesInGapChunks() {
        StringBuilder text = new StringBuilder("class Account < ApplicationRecord\n");
        for (int i = 0; i < 40; i++) {
            text.append("  has_many :relation_number_").append(i).append(", dependent: :destroy\n");
        }
        for (int i = 0; i < 40; i++) {
            text.append("\n  def method_").append(i).append("(argument)\n");
            text.append("    helper_call(argument, \"a string that pads the method body\")\n  end\n");
        }
        text.append("end\n");

        IndexedFile file = indexing.index("account.rb", "ruby", text.toString());

        assertThat(Indexing.COUNTER.count(text.toString())).isGreaterThan(1024);
        Chunk summary = file.chunks().get(0);
        assertThat(summary.isSummary()).isTrue();
        assertThat(summary.content()).endsWith("\nend");
        assertThat(file.chunks().chunks())
                .filteredOn(chunk -> chunk.content().contains("has_many :relation_number_0,"))
                .singleElement()
                .satisfies(chunk -> {
                    assertThat(chunk.kind()).isEqualTo(ChunkKind.BLOCK);
                    assertThat(chunk.parent()).isZero();
                    assertThat(chunk.content()).contains("has_many :relation_number_39,");
                });
        assertThat(Indexing.partition().check(text.toString(), file.chunks())).isEmpty();
    }

    @Test
    void javaEnum_overTheMaximum_keepsItsConstantsInGapChunks() {
        StringBuilder text = new StringBuilder("public enum Colour {\n");
        for (int i = 0; i < 40; i++) {
            text.append("    SHADE_NUMBER_")
                    .append(i)
                    .append("(\"a label for shade ")
                    .append(i)
                    .append("\"),\n");
        }
        text.append("    LAST(\"last\");\n\n    private final String label;\n");
        for (int i = 0; i < 40; i++) {
            text.append("\n    public String describe").append(i).append("(int width) {\n");
            text.append("        return label.repeat(width) + \"padding so the method has some size\";\n    }\n");
        }
        text.append("}\n");

        IndexedFile file = indexing.index("Colour.java", "java", text.toString());

        assertThat(Indexing.COUNTER.count(text.toString())).isGreaterThan(1024);
        assertThat(file.chunks().get(0).isSummary()).isTrue();
        assertThat(file.chunks().chunks())
                .filteredOn(chunk -> chunk.content().contains("SHADE_NUMBER_0("))
                .singleElement()
                .satisfies(chunk -> {
                    assertThat(chunk.kind()).isEqualTo(ChunkKind.BLOCK);
                    assertThat(chunk.parent()).isZero();
                    assertThat(chunk.content()).contains("SHADE_NUMBER_39(", "LAST(\"last\");");
                });
        assertThat(Indexing.partition().check(text.toString(), file.chunks())).isEmpty();
    }

    @Test
    void javaClass_overTheMaximum_getsASummaryListingItsMembers() {
        StringBuilder text = new StringBuilder("package com.example;\n\npublic class Ledger\n        extends Base\n"
                + "        implements Runnable {\n");
        for (int i = 0; i < 40; i++) {
            text.append("\n    public void post").append(i).append("(long id, String note) {\n");
            text.append("        entries.add(new Entry(id, note, \"padding that makes the body longer\"));\n");
            text.append("        audit.record(id, note);\n    }\n");
        }
        text.append("}\n");

        IndexedFile file = indexing.index("Ledger.java", "java", text.toString());

        assertThat(Indexing.COUNTER.count(text.toString())).isGreaterThan(1024);
        int summaryIndex = 1;
        Chunk summary = file.chunks().get(summaryIndex);
        assertThat(summary.isSummary()).isTrue();
        assertThat(summary.qualifiedName()).isEqualTo("Ledger");
        assertThat(summary.content())
                .startsWith("public class Ledger\n        extends Base\n        implements Runnable {\n")
                .contains(
                        "  post0(long id, String note): void { ... }\n", "  post39(long id, String note): void { ... }")
                .endsWith("\n}");
        List<Chunk> members = file.chunks().chunks().stream()
                .filter(chunk -> chunk.kind() == ChunkKind.METHOD)
                .toList();
        assertThat(members)
                .hasSize(40)
                .allSatisfy(member -> assertThat(member.parent()).isEqualTo(summaryIndex));
        assertThat(symbol(file, "Ledger.post7").chunkIndex())
                .isEqualTo(members.get(7).chunkIndex());
        assertThat(symbol(file, "Ledger").chunkIndex()).isEqualTo(summaryIndex);
        assertThat(Indexing.partition().check(text.toString(), file.chunks())).isEmpty();
    }

    @Test
    void pythonMainGuard_isAGapWhoseCallTheFileSymbolOwns() {
        String text = """
                import os

                def a():
                    current = os.getcwd()
                    print("the current working directory is", current)
                    return current

                if __name__ == "__main__":
                    print("starting the program from the command line")
                    a()
                """;

        IndexedFile file = indexing.index("main.py", "python", text);

        Chunk header = file.chunks().get(0);
        assertThat(header.kind()).isEqualTo(ChunkKind.HEADER);
        assertThat(header.startLine()).isEqualTo(1);
        assertThat(header.endLine()).isEqualTo(1);
        IndexedSymbol a = symbol(file, "a");
        Chunk aChunk = file.chunks().get(a.chunkIndex());
        assertThat(aChunk.kind()).isEqualTo(ChunkKind.FUNCTION);
        assertThat(aChunk.startLine()).isEqualTo(3);
        Chunk guard = file.chunks().chunks().getLast();
        assertThat(guard.kind()).isEqualTo(ChunkKind.BLOCK);
        assertThat(guard.startLine()).isEqualTo(8);
        ExtractedReference call = file.references().stream()
                .filter(reference -> reference.kind() == EdgeKind.CALLS && reference.line() == 10)
                .findFirst()
                .orElseThrow();
        assertThat(file.symbols().get(call.ownerIndex()).symbol().kind()).isEqualTo(SymKind.FILE);
        assertThat(file.symbols().getFirst().chunkIndex()).isZero();
    }

    @Test
    void rustAttribute_aboveAStruct_joinsTheStructsChunk() {
        String text = """
                use std::fmt;

                #[derive(Debug, Clone)]
                pub struct Point {
                    pub x: i32,
                    pub y: i32,
                    pub label: String,
                    pub description: String,
                }
                """;

        IndexedFile file = indexing.index("point.rs", "rust", text);

        IndexedSymbol point = symbol(file, "Point");
        Chunk chunk = file.chunks().get(point.chunkIndex());
        assertThat(chunk.startLine()).isEqualTo(3);
        assertThat(chunk.content()).startsWith("#[derive(Debug, Clone)]\npub struct Point {");
    }

    @Test
    void parse_timingOut_indexesTextWithQualityErrorAndIndexingGoesOn() {
        StringBuilder text = new StringBuilder("class Big {\n");
        for (int i = 0; i < 5_000; i++) {
            text.append("    int field").append(i).append(" = ").append(i).append(";\n");
        }
        text.append("}\n");

        IndexedFile failed = indexing.withTimeout(Duration.ofNanos(1)).index("Big.java", "java", text.toString());
        IndexedFile next = indexing.index("Small.java", "java", "class Small {}\n");

        assertThat(failed.parseQuality()).isEqualTo(ParseQuality.ERROR);
        assertThat(failed.parseError()).isNotBlank();
        assertThat(failed.chunks().chunks()).extracting(Chunk::kind).containsOnly(ChunkKind.BLOCK);
        assertThat(failed.symbols())
                .extracting(symbol -> symbol.symbol().kind())
                .containsExactly(SymKind.FILE);
        assertThat(Indexing.partition().check(text.toString(), failed.chunks())).isEmpty();
        assertThat(next.parseQuality()).isEqualTo(ParseQuality.FULL);
    }

    @Test
    void language_withNoGrammar_indexesTextWithQualityError() {
        IndexedFile file = indexing.index("notes.lines", "lines", "one\ntwo\n");

        assertThat(file.parseQuality()).isEqualTo(ParseQuality.ERROR);
        assertThat(file.parseError()).contains("lines");
        assertThat(file.chunks().chunks()).extracting(Chunk::kind).containsOnly(ChunkKind.BLOCK);
    }

    @Test
    void syntaxError_indexesWithQualityPartial() {
        String text = "class Broken {\n    void m( {\n    }\n}\n";

        IndexedFile file = indexing.index("Broken.java", "java", text);

        assertThat(file.parseQuality()).isEqualTo(ParseQuality.PARTIAL);
        assertThat(file.parseError()).isNull();
        assertThat(Indexing.partition().check(text, file.chunks())).isEmpty();
    }

    @Test
    void erbTemplate_givesTextChunksAndTheCallsOfItsCode() {
        String text = """
                <html>
                <body>
                <h1>Users</h1>

                <p>Everyone who signed up:</p>
                <ul>
                <% @users.each do |u| %>
                  <li><%= u.name %></li>
                <% end %>
                </ul>
                </body>
                </html>
                """;

        IndexedFile file = indexing.index("users.html.erb", "erb", text);

        assertThat(file.chunks().chunks()).extracting(Chunk::kind).containsOnly(ChunkKind.BLOCK);
        assertThat(Indexing.partition().check(text, file.chunks())).isEmpty();
        assertThat(file.references())
                .filteredOn(reference -> reference.kind() == EdgeKind.CALLS && reference.line() == 7)
                .extracting(ExtractedReference::target)
                .contains("each");
    }

    @Test
    void toParsedFile_keepsChunksSymbolsAndReferencesByPosition() throws Exception {
        String text = Samples.forLanguage("java");
        IndexedFile file = indexing.index("java.java", "java", text);
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        FileMeta meta = new FileMeta(
                "java.java",
                "java",
                file.packageName(),
                text.length(),
                0,
                0,
                hash,
                file.lineCount(),
                file.parseQuality(),
                file.parseError(),
                false);

        ParsedFile parsed = file.toParsedFile(meta);

        assertThat(parsed.chunks())
                .extracting(ParsedChunk::content)
                .containsExactlyElementsOf(
                        file.chunks().chunks().stream().map(Chunk::content).toList());
        assertThat(parsed.symbols())
                .extracting(ParsedSymbol::chunkIndex)
                .containsExactlyElementsOf(
                        file.symbols().stream().map(IndexedSymbol::chunkIndex).toList());
        assertThat(parsed.references())
                .extracting(ParsedReference::ownerIndex)
                .containsExactlyElementsOf(file.references().stream()
                        .map(ExtractedReference::ownerIndex)
                        .toList());
    }

    @Test
    void processor_describesTheFileWithItsCandidateAndContent() throws Exception {
        String text = Samples.forLanguage("java");
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        Candidate candidate = new Candidate("src/test/UserServiceTest.java", "java", text.length(), 123);

        ParsedFile parsed = indexing.indexer
                .processor(path -> path.startsWith("src/test/"))
                .process(candidate, new Content.Text(text, hash, text.length()), 456);

        assertThat(parsed.meta())
                .isEqualTo(new FileMeta(
                        "src/test/UserServiceTest.java",
                        "java",
                        "com.example",
                        text.length(),
                        123,
                        456,
                        hash,
                        26,
                        ParseQuality.FULL,
                        null,
                        true));
        assertThat(parsed.symbols().getFirst().qualifiedName()).isEqualTo("src/test/UserServiceTest.java");
    }

    @Test
    void blankFile_hasNoChunksAndNoSymbols() {
        IndexedFile file = indexing.index("empty.py", "python", "\n\n  \n");

        assertThat(file.chunks().size()).isZero();
        assertThat(file.symbols()).isEmpty();
    }

    private static IndexedSymbol symbol(IndexedFile file, String qualifiedName) {
        return file.symbols().stream()
                .filter(symbol -> symbol.symbol().qualifiedName().equals(qualifiedName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no symbol " + qualifiedName + " in " + file.symbols()));
    }
}
