package shaktiman.app.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifies in a fresh JVM that Logback's automatic configuration is ours: with a stray {@code logback.xml} that would
 * print to stdout on the path, records still go to stderr as JSON and stdout stays empty.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LogbackConfigurationProcessTest {
    private static final String STRAY_CONFIG = """
            <configuration>
              <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>STRAY %msg%n</pattern></encoder>
              </appender>
              <root level="DEBUG"><appender-ref ref="OUT"/></root>
            </configuration>
            """;

    @TempDir
    Path dir;

    @Test
    void unconfiguredChildOnTheClassPath_withAStrayLogbackXml_logsJsonToStderrAndNothingToStdout() throws Exception {
        Path stray = strayConfigDir();

        try (ChildJvm child = ChildJvm.onClassPath(List.of(stray), "unconfigured")) {
            assertThat(child.waitFor())
                    .as("exit code; stderr:%n%s", child.stderr())
                    .isZero();

            assertThat(child.stdout()).isEmpty();
            assertOnlyJsonRecords(child.stderr());
        }
    }

    @Test
    void unconfiguredChildOnTheModulePath_withAStrayLogbackXml_logsJsonToStderrAndNothingToStdout() throws Exception {
        Path stray = strayConfigDir();

        try (ChildJvm child = ChildJvm.onModulePath(List.of(stray), "unconfigured")) {
            assertThat(child.waitFor())
                    .as("exit code; stderr:%n%s", child.stderr())
                    .isZero();

            assertThat(child.stdout()).isEmpty();
            assertOnlyJsonRecords(child.stderr());
        }
    }

    private Path strayConfigDir() throws IOException {
        Path stray = Files.createDirectory(dir.resolve("stray"));
        Files.writeString(stray.resolve("logback.xml"), STRAY_CONFIG);
        Files.writeString(stray.resolve("logback-test.xml"), STRAY_CONFIG);
        return stray;
    }

    private static void assertOnlyJsonRecords(String stderr) {
        List<JsonNode> records = LogLines.parse(stderr);
        assertThat(records)
                .extracting(r -> r.path("msg").asText())
                .containsExactly("slf4j record", "system logger record");
        assertThat(records).allSatisfy(r -> assertThat(r.path("level").asText()).isEqualTo("INFO"));
    }
}
