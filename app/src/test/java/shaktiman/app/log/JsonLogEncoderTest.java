package shaktiman.app.log;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;

/** Verifies that each record is one JSON line with MI-31's fields, typed event fields and 4 KiB string cuts. */
class JsonLogEncoderTest {
    private final LoggerContext context = LoggerContexts.fresh();
    private final AtomicReference<LogRole> role = new AtomicReference<>(LogRole.PROXY);
    private final JsonLogEncoder encoder = new JsonLogEncoder(role::get);

    @Test
    void encode_event_writesEveryFixedFieldOnOneLine() {
        LoggingEvent event = event(Level.INFO, "session {} opened", null, 7);
        event.setInstant(Instant.parse("2026-11-24T18:00:00.123Z"));

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(line).endsWith("}\n").containsOnlyOnce("\n");
        JsonNode record = LogLines.parseLine(line);
        assertThat(record.path("time").asText()).isEqualTo("2026-11-24T18:00:00.123Z");
        assertThat(record.path("level").asText()).isEqualTo("INFO");
        assertThat(record.path("logger").asText()).isEqualTo("shaktiman.test");
        assertThat(record.path("msg").asText()).isEqualTo("session 7 opened");
        assertThat(record.path("pid").isIntegralNumber()).isTrue();
        assertThat(record.path("pid").asLong())
                .isEqualTo(ProcessHandle.current().pid());
        assertThat(record.path("role").asText()).isEqualTo("proxy");
        assertThat(record.has("error")).isFalse();
    }

    @Test
    void encode_timeWithoutMillis_stillWritesThreeDigits() {
        LoggingEvent event = event(Level.INFO, "m", null);
        event.setInstant(Instant.parse("2026-01-02T03:04:05Z"));

        JsonNode record = encode(event);

        assertThat(record.path("time").asText()).isEqualTo("2026-01-02T03:04:05.000Z");
    }

    @Test
    void encode_eachLevel_writesItsName() {
        assertThat(encode(event(Level.TRACE, "m", null)).path("level").asText()).isEqualTo("DEBUG");
        assertThat(encode(event(Level.DEBUG, "m", null)).path("level").asText()).isEqualTo("DEBUG");
        assertThat(encode(event(Level.WARN, "m", null)).path("level").asText()).isEqualTo("WARN");
        assertThat(encode(event(Level.ERROR, "m", null)).path("level").asText()).isEqualTo("ERROR");
    }

    @Test
    void encode_keyValues_areSeparateKeysWithTheirJsonTypes() {
        LoggingEvent event = event(Level.INFO, "m", null);
        event.addKeyValuePair(new KeyValuePair("holder_pid", 42));
        event.addKeyValuePair(new KeyValuePair("elapsed_ms", 12345678901L));
        event.addKeyValuePair(new KeyValuePair("ratio", 0.5));
        event.addKeyValuePair(new KeyValuePair("replayed", true));
        event.addKeyValuePair(new KeyValuePair("lock_file", Path.of("/p/.shaktiman/daemon.pid")));
        event.addKeyValuePair(new KeyValuePair("socket", null));

        JsonNode record = encode(event);

        assertThat(record.path("holder_pid").isInt()).isTrue();
        assertThat(record.path("holder_pid").asInt()).isEqualTo(42);
        assertThat(record.path("elapsed_ms").asLong()).isEqualTo(12345678901L);
        assertThat(record.path("ratio").isDouble()).isTrue();
        assertThat(record.path("replayed").isBoolean()).isTrue();
        assertThat(record.path("lock_file").asText()).isEqualTo("/p/.shaktiman/daemon.pid");
        assertThat(record.get("socket").isNull()).isTrue();
    }

    @Test
    void encode_keyNamedLikeAFixedField_keepsTheFixedFieldAndPrefixesTheKey() {
        LoggingEvent event = event(Level.INFO, "real message", null);
        event.addKeyValuePair(new KeyValuePair("msg", "impostor"));

        JsonNode record = encode(event);

        assertThat(record.path("msg").asText()).isEqualTo("real message");
        assertThat(record.path("_msg").asText()).isEqualTo("impostor");
    }

    @Test
    void encode_afterRoleChange_writesTheNewRole() {
        JsonNode before = encode(event(Level.INFO, "m", null));

        role.set(LogRole.LEADER);
        JsonNode after = encode(event(Level.INFO, "m", null));

        assertThat(before.path("role").asText()).isEqualTo("proxy");
        assertThat(after.path("role").asText()).isEqualTo("leader");
    }

    @Test
    void encode_withThrowable_writesErrorWithClassMessageAndStackIncludingTheCause() {
        var cause = new IOException("No space left on device");
        var error = new IllegalStateException("cannot write index", cause);

        JsonNode record = encode(event(Level.ERROR, "store failed", error));

        JsonNode errorField = record.path("error");
        assertThat(errorField.path("class").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(errorField.path("message").asText()).isEqualTo("cannot write index");
        assertThat(errorField.path("stack").asText())
                .startsWith("java.lang.IllegalStateException: cannot write index\n\tat ")
                .contains("Caused by: java.io.IOException: No space left on device")
                .contains(JsonLogEncoderTest.class.getName());
    }

    @Test
    void encode_stringsOver4KiB_areCutAndEndWithEllipsis() {
        LoggingEvent event = event(Level.INFO, "x".repeat(10_000), null);
        event.addKeyValuePair(new KeyValuePair("detail", "é".repeat(3_000)));
        event.addKeyValuePair(new KeyValuePair("emoji", "😀".repeat(2_000)));

        JsonNode record = encode(event);

        assertThat(record.path("msg").asText()).startsWith("xxxx").endsWith("…");
        assertThat(utf8Length(record.path("msg").asText())).isEqualTo(4096);
        assertThat(record.path("detail").asText()).startsWith("éé").endsWith("…");
        assertThat(utf8Length(record.path("detail").asText())).isBetween(4095, 4096);
        String emoji = record.path("emoji").asText();
        assertThat(emoji).endsWith("😀…");
        assertThat(utf8Length(emoji)).isLessThanOrEqualTo(4096);
    }

    @Test
    void encode_stringOfExactly4KiB_isKeptWhole() {
        String exact = "y".repeat(4096);

        JsonNode record = encode(event(Level.INFO, exact, null));

        assertThat(record.path("msg").asText()).isEqualTo(exact);
    }

    @Test
    void encode_valueWhoseToStringThrows_writesAPlaceholderInstead() {
        LoggingEvent event = event(Level.INFO, "m", null);
        event.addKeyValuePair(new KeyValuePair("broken", new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("boom");
            }
        }));

        JsonNode record = encode(event);

        assertThat(record.path("broken").asText()).contains("toString() failed").contains("boom");
    }

    private LoggingEvent event(Level level, String message, Throwable error, Object... args) {
        return new LoggingEvent(
                JsonLogEncoderTest.class.getName(), context.getLogger("shaktiman.test"), level, message, error, args);
    }

    private JsonNode encode(LoggingEvent event) {
        return LogLines.parseLine(new String(encoder.encode(event), StandardCharsets.UTF_8).stripTrailing());
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
