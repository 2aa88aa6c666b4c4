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

    private static StatusReport report() {
        Map<String, Long> languages = new LinkedHashMap<>();
        languages.put("java", 90L);
        languages.put("go", 30L);
        return new StatusReport(
                "/p",
                new StatusReport.Daemon("not_running", null, null, null, "not running"),
                new StatusReport.Index("/p/.shaktiman/index.db", 3, true, 120, 12, 800, 900, 1500, 1, languages));
    }

    @Test
    void printText_listsCountsDaemonAndLanguagesByCount() {
        StringWriter text = new StringWriter();

        StatusCommand.printText(new PrintWriter(text), report());

        assertThat(text.toString()).isEqualTo("""
                        Project:      /p
                        Daemon:       not running
                        Index:        /p/.shaktiman/index.db (schema 3, full index completed)
                        Files:        120 (12 test)
                        Chunks:       800
                        Symbols:      900
                        Edges:        1500
                        Parse errors: 1
                        Languages:
                          java: 90 files
                          go: 30 files
                        """);
    }

    @Test
    void json_leavesAbsentDaemonFieldsOutAndUsesSnakeCase() {
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
                            "files": 120,
                            "test_files": 12,
                            "chunks": 800,
                            "symbols": 900,
                            "edges": 1500,
                            "parse_errors": 1,
                            "languages": {
                              "java": 90,
                              "go": 30
                            }
                          }
                        }
                        """);
    }
}
