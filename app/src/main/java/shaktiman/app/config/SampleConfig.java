package shaktiman.app.config;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The commented sample {@code shaktiman.toml} (MI-1, IX-67): every key, commented out, with its default and a one-line
 * note. Uncommenting any key line gives a valid file.
 */
public final class SampleConfig {

    private SampleConfig() {}

    /**
     * Writes the sample to {@code configFile} unless a file is already there, with mode 0644 applied explicitly (never
     * left to the umask). Safe against a concurrent writer: the file is created exclusively.
     *
     * @return whether this call created the file
     * @throws ConfigException naming the file and the reason if it cannot be written
     */
    public static boolean writeIfMissing(Path configFile) {
        if (Files.exists(configFile)) {
            return false;
        }
        try (OutputStream out =
                Files.newOutputStream(configFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(text().getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException e) {
            // Another process (init, a leader or an index run) wrote it first; theirs is as good as ours.
            return false;
        } catch (IOException e) {
            throw new ConfigException("config: cannot write sample config " + configFile + ": " + e.getMessage(), e);
        }
        try {
            Files.setPosixFilePermissions(configFile, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException e) {
            throw new ConfigException("config: cannot set mode 0644 on " + configFile + ": " + e.getMessage(), e);
        }
        return true;
    }

    /** The sample's text. */
    public static String text() {
        StringBuilder out = new StringBuilder();
        out.append("# Shaktiman configuration for this project.\n")
                .append(
                        "# Every key is listed with its default, commented out: remove the leading \"# \" to change one.\n")
                .append("# Single-value keys can also be set from the environment as SHAKTIMAN_<SECTION>_<KEY>,\n")
                .append("# e.g. SHAKTIMAN_SEARCH_MAX_RESULTS=20, which wins over this file.\n")
                .append("# The file is read once, when a daemon or an index run starts.\n");
        for (String section : ConfigKeys.SECTIONS) {
            out.append("\n[").append(section).append("]\n");
            for (ConfigKey key : ConfigKeys.all()) {
                if (key.section().equals(section)) {
                    out.append("# ")
                            .append(key.leaf())
                            .append(" = ")
                            .append(key.kind().toToml(sampleValue(key)))
                            .append("  # ")
                            .append(key.note())
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    /** The default shown in the sample; the derived ones show what the default provider uses. */
    private static Object sampleValue(ConfigKey key) {
        if (key.defaultValue() != null) {
            return key.defaultValue();
        }
        EmbeddingProvider provider = (EmbeddingProvider)
                ConfigKeys.find("embedding.provider").orElseThrow().defaultValue();
        return switch (key.name()) {
            case "embedding.model" -> provider.defaultModel();
            case "embedding.dims" -> (long) provider.defaultDims();
            default -> throw new AssertionError("key with no default and no derived sample value: " + key.name());
        };
    }
}
