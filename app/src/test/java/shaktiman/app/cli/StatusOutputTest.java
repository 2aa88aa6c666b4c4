package shaktiman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shaktiman.app.cli.output.StatusReport;

/** Verifies the text and JSON shapes of {@code status}'s report (MI-39, MI-38). */
class StatusOutputTest {

    private static Map<String, Long> ordered(Object... pairs) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return map;
    }

    private static StatusReport report() {
        return new StatusReport(
                "/p",
                new StatusReport.Daemon("not_running", null, null, null, "not running"),
                new StatusReport.Index(
                        "/p/.shaktiman/index.db",
                        3,
                        true,
                        "fp1",
                        new StatusReport.Completion("2025-01-01T00:00:00.000Z", "fp1"),
                        120,
                        12,
                        800,
                        900,
                        1500,
                        40,
                        3,
                        ordered("partial", 2, "error", 1),
                        2,
                        400,
                        0,
                        null,
                        ordered("java", 90, "go", 30),
                        ordered("java", 600, "go", 200),
                        ordered("calls", 1200, "imports", 300),
                        ordered("external", 30, "not_found", 10),
                        ordered("binary", 1, "too_large", 1)));
    }

    @Test
    void printText_listsCountsBreakdownsDaemonAndLanguagesByCount() {
        StringWriter text = new StringWriter();

        StatusCommand.printText(new PrintWriter(text), report());

        assertThat(text.toString()).isEqualTo("""
                        Project:      /p
                        Daemon:       not running
                        Index:        /p/.shaktiman/index.db (schema 3, full index completed)
                        Fingerprint:  fp1
                        Completed:    2025-01-01T00:00:00.000Z (fingerprint fp1)
                        Files:        120 (12 test)
                        Chunks:       800
                        Symbols:      900
                        Edges:        1500 (calls 1200, imports 300)
                        Pending:      40 (external 30, not_found 10)
                        Parse errors: 3 (partial 2, error 1)
                        Skipped:      2 (binary 1, too_large 1)
                        Embedded:     400/800 chunks (50%)
                        Last change:  none
                        Languages:
                          java: 90 files, 600 chunks
                          go: 30 files, 200 chunks
                        """);
    }

    @Test
    void json_carriesEveryCountLeavesAbsentFieldsOutAndUsesSnakeCase() {
        StringWriter json = new StringWriter();

        new JsonOutput().write(new PrintWriter(json), report());

        assertThat(json.toString()).isEqualTo("""
                        {
                          "root": "/p",
                          "daemon": {
                            "state": "not_running",
                            "description": "not running"
                          },
                          "index": {
                            "path": "/p/.shaktiman/index.db",
                            "schema_version": 3,
                            "full_index_completed": true,
                            "fingerprint": "fp1",
                            "completion": {
                              "completed_at": "2025-01-01T00:00:00.000Z",
                              "fingerprint": "fp1"
                            },
                            "files": 120,
                            "test_files": 12,
                            "chunks": 800,
                            "symbols": 900,
                            "edges": 1500,
                            "pending_edges": 40,
                            "parse_errors": 3,
                            "parse_quality": {
                              "partial": 2,
                              "error": 1
                            },
                            "skipped_files": 2,
                            "embedded_chunks": 400,
                            "embed_failed_chunks": 0,
                            "languages": {
                              "java": 90,
                              "go": 30
                            },
                            "language_chunks": {
                              "java": 600,
                              "go": 200
                            },
                            "edges_by_kind": {
                              "calls": 1200,
                              "imports": 300
                            },
                            "pending_edges_by_reason": {
                              "external": 30,
                              "not_found": 10
                            },
                            "skipped_by_reason": {
                              "binary": 1,
                              "too_large": 1
                            }
                          }
                        }
                        """);
    }
}
