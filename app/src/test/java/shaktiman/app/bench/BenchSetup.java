package shaktiman.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What every benchmark shares: the checkout it runs, the corpora it was asked for, and how it writes its report. */
final class BenchSetup {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchSetup() {}

    /** The repository root named by {@code shaktiman.home} (set by app/pom.xml), with both launchers executable. */
    static Path shaktimanHome() {
        String configured = System.getProperty("shaktiman.home");
        assertThat(configured)
                .as("system property shaktiman.home (set by app/pom.xml)")
                .isNotNull();
        Path home = Path.of(configured).toAbsolutePath().normalize();
        for (String launcher : List.of("bin/shaktiman", "bin/shaktimand")) {
            assertThat(Files.isExecutable(home.resolve(launcher)))
                    .as("%s/%s is executable", home, launcher)
                    .isTrue();
        }
        return home;
    }

    /** The corpora of {@code -Dbench.corpora} (comma-separated), each one of {@code known}; all of them when unset. */
    static Set<String> corpora(List<String> known) {
        String configured = System.getProperty("bench.corpora", "").strip();
        if (configured.isEmpty()) {
            return new LinkedHashSet<>(known);
        }
        Set<String> names = new LinkedHashSet<>(Arrays.asList(configured.split("\\s*,\\s*")));
        assertThat(known).as("-Dbench.corpora names known corpora").containsAll(names);
        return names;
    }

    /** The command that reruns {@code script} on {@code selected}: the corpora flag only when not all are selected. */
    static StringBuilder command(String script, Set<String> selected, List<String> known) {
        StringBuilder command = new StringBuilder(script);
        if (!selected.equals(new LinkedHashSet<>(known))) {
            command.append(" -Dbench.corpora=").append(String.join(",", selected));
        }
        return command;
    }

    /** {@code root} as indented JSON. */
    static String json(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a benchmark's JSON", e);
        }
    }

    /** Writes each of {@code files} (name to text) into {@code dir}, creating it. */
    static void write(Path dir, Map<String, String> files) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark report " + files.keySet() + " into " + dir, e);
        }
    }
}
