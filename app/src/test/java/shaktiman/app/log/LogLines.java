package shaktiman.app.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Parses log text as MI-31 JSON lines, failing on any line that is not one JSON object. */
final class LogLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LogLines() {}

    static List<JsonNode> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    static List<JsonNode> parse(String text) {
        List<JsonNode> records = new ArrayList<>();
        if (text.isEmpty()) {
            return records;
        }
        if (!text.endsWith("\n")) {
            throw new AssertionError(
                    "log text does not end with a newline: ..." + text.substring(Math.max(0, text.length() - 200)));
        }
        for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
            records.add(parseLine(line));
        }
        return records;
    }

    static JsonNode parseLine(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new AssertionError("not a JSON object: " + abbreviate(line));
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("not one JSON object: " + abbreviate(line), e);
        }
    }

    private static String abbreviate(String line) {
        return line.length() <= 300 ? line : line.substring(0, 300) + "...";
    }
}
