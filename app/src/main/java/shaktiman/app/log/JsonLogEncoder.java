package shaktiman.app.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.encoder.EncoderBase;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.event.KeyValuePair;

/**
 * A Logback encoder that writes each event as one line of JSON, in MI-31's shape.
 *
 * <p>The fields come in this order: {@code time} (ISO-8601 UTC with milliseconds), {@code level}
 * ({@code DEBUG|INFO|WARN|ERROR}; TRACE is written as DEBUG), {@code logger}, {@code msg}, {@code pid}, {@code role},
 * then each SLF4J key-value pair as its own key (numbers and booleans keep their JSON type, anything else is written as
 * its {@code toString()}), then {@code error} when the event carries a throwable: an object with {@code class},
 * {@code message} and {@code stack}. A key-value pair whose key is one of the fixed names is written with a leading
 * underscore, so that no record has two keys of the same name; of two pairs with the same key the last one wins. Every
 * string value longer than {@value #MAX_FIELD_BYTES} bytes in UTF-8 is cut and ends with {@code …}.
 *
 * <p>The role is read from the supplier for every event, because a process changes role during its life (a proxy is
 * promoted to leader). The encoder is thread-safe.
 */
public final class JsonLogEncoder extends EncoderBase<ILoggingEvent> {
    /** The longest string value, in UTF-8 bytes, written without cutting (MI-31's 4 KiB). */
    public static final int MAX_FIELD_BYTES = 4096;

    private static final String ELLIPSIS = "…";
    private static final int ELLIPSIS_BYTES = ELLIPSIS.getBytes(StandardCharsets.UTF_8).length;
    private static final Set<String> FIXED_FIELDS = Set.of("time", "level", "logger", "msg", "pid", "role", "error");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final int FRAMES_PER_THROWABLE = 12;

    private final JsonFactory json = new JsonFactory();
    private final Supplier<LogRole> role;
    private final long pid;

    /** Creates an encoder that stamps each record with this process's pid and the role {@code role} returns then. */
    public JsonLogEncoder(Supplier<LogRole> role) {
        this.role = Objects.requireNonNull(role, "role");
        this.pid = ProcessHandle.current().pid();
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }

    /** Returns the whole record, newline included, so that an appender can write it with one call. */
    @Override
    public byte[] encode(ILoggingEvent event) {
        var out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("time", TIME.format(event.getInstant()));
            g.writeStringField("level", levelName(event.getLevel()));
            g.writeStringField("logger", cut(event.getLoggerName()));
            g.writeStringField("msg", cut(Objects.toString(event.getFormattedMessage(), "")));
            g.writeNumberField("pid", pid);
            g.writeStringField("role", role.get().wireName());
            for (Map.Entry<String, Object> field :
                    eventFields(event.getKeyValuePairs()).entrySet()) {
                g.writeFieldName(field.getKey());
                writeValue(g, field.getValue());
            }
            IThrowableProxy error = event.getThrowableProxy();
            if (error != null) {
                g.writeObjectFieldStart("error");
                g.writeStringField("class", error.getClassName());
                g.writeStringField("message", error.getMessage() == null ? null : cut(error.getMessage()));
                g.writeStringField("stack", cut(stackTrace(error)));
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new AssertionError("writing a log record to memory failed", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** Cuts {@code s} to at most {@value #MAX_FIELD_BYTES} UTF-8 bytes, ending it with {@code …} when it was cut. */
    static String cut(String s) {
        // At most 3 UTF-8 bytes per UTF-16 char, so short strings need no counting.
        if (s.length() * 3 <= MAX_FIELD_BYTES || s.getBytes(StandardCharsets.UTF_8).length <= MAX_FIELD_BYTES) {
            return s;
        }
        int budget = MAX_FIELD_BYTES - ELLIPSIS_BYTES;
        int bytes = 0;
        int end = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > budget) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        return s.substring(0, end) + ELLIPSIS;
    }

    private static String levelName(Level level) {
        return switch (level.toInt()) {
            case Level.ERROR_INT -> "ERROR";
            case Level.WARN_INT -> "WARN";
            case Level.INFO_INT -> "INFO";
            default -> "DEBUG";
        };
    }

    private static Map<String, Object> eventFields(List<KeyValuePair> pairs) {
        var fields = new LinkedHashMap<String, Object>();
        if (pairs != null) {
            for (KeyValuePair pair : pairs) {
                String key = FIXED_FIELDS.contains(pair.key) ? "_" + pair.key : String.valueOf(pair.key);
                fields.put(key, pair.value);
            }
        }
        return fields;
    }

    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        switch (value) {
            case null -> g.writeNull();
            case Boolean b -> g.writeBoolean(b);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Short s -> g.writeNumber(s);
            case Byte b -> g.writeNumber(b);
            case Double d -> g.writeNumber(d);
            case Float f -> g.writeNumber(f);
            case BigInteger i -> g.writeNumber(i);
            case BigDecimal d -> g.writeNumber(d);
            default -> g.writeString(cut(describe(value)));
        }
    }

    private static String describe(Object value) {
        try {
            return String.valueOf(value);
        } catch (RuntimeException e) {
            // A broken toString() must not cost the record; say what happened in its place.
            return "<" + value.getClass().getName() + ".toString() failed: " + e + ">";
        }
    }

    /**
     * A compact trace: each throwable of the cause chain with its first frames, so that the root cause survives the
     * 4 KiB cut more often than in a full trace.
     */
    private static String stackTrace(IThrowableProxy top) {
        var text = new StringBuilder();
        IThrowableProxy current = top;
        for (int depth = 0; current != null && depth < 10; depth++, current = current.getCause()) {
            if (depth > 0) {
                text.append("Caused by: ");
            }
            text.append(current.getClassName());
            if (current.getMessage() != null) {
                text.append(": ").append(current.getMessage());
            }
            text.append('\n');
            StackTraceElementProxy[] frames = current.getStackTraceElementProxyArray();
            int own = frames.length - current.getCommonFrames();
            int shown = Math.min(own, FRAMES_PER_THROWABLE);
            for (int i = 0; i < shown; i++) {
                text.append("\tat ").append(frames[i].getStackTraceElement()).append('\n');
            }
            if (frames.length > shown) {
                text.append("\t... ").append(frames.length - shown).append(" more\n");
            }
        }
        return text.toString();
    }
}
