package shaktiman.app.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/** Reads {@code shaktiman.toml} into a {@link ConfigMerge}: known keys in catalogue order, then unknown-key warnings. */
final class TomlConfigFile {

    private TomlConfigFile() {}

    /**
     * Merges the file's values. An absent file changes nothing.
     *
     * @throws ConfigException if the file cannot be read, or on TOML syntax errors ({@code config:
     *     <file>:<line>:<col>: <problem>}, all of them)
     */
    static void read(Path file, ConfigMerge merge) {
        if (Files.notExists(file)) {
            return;
        }
        TomlParseResult toml;
        try {
            toml = Toml.parse(file);
        } catch (IOException e) {
            throw new ConfigException("config: cannot read " + file + ": " + reason(e), e);
        }
        if (toml.hasErrors()) {
            List<String> messages = new ArrayList<>();
            for (TomlParseError error : toml.errors()) {
                TomlPosition at = error.position();
                messages.add("config: " + file + ":" + at.line() + ":" + at.column() + ": " + error.getMessage());
            }
            throw new ConfigException(messages);
        }
        readKnown(toml, merge);
        warnUnknown(toml, merge);
    }

    private static String reason(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static void readKnown(TomlTable toml, ConfigMerge merge) {
        for (String section : ConfigKeys.SECTIONS) {
            Object value = toml.get(List.of(section));
            if (value == null) {
                continue;
            }
            if (!(value instanceof TomlTable table)) {
                merge.error(section, "config: " + section + " must be a table, got " + ValueKind.show(value));
                continue;
            }
            for (ConfigKey key : ConfigKeys.all()) {
                if (!key.section().equals(section)) {
                    continue;
                }
                Object raw = table.get(List.of(key.leaf()));
                if (raw != null) {
                    merge.apply(key, key.kind().fromToml(raw), UnaryOperator.identity());
                }
            }
        }
    }

    private static void warnUnknown(TomlTable toml, ConfigMerge merge) {
        List<String> keyNames = ConfigKeys.all().stream().map(ConfigKey::name).toList();
        List<Unknown> unknowns = new ArrayList<>();
        for (String top : toml.keySet()) {
            Object value = toml.get(List.of(top));
            if (ConfigKeys.isSection(top)) {
                if (value instanceof TomlTable table) {
                    for (String child : table.keySet()) {
                        if (ConfigKeys.find(top + "." + child).isEmpty()) {
                            unknowns.add(unknown(toml, List.of(top, child), "key", keyNames));
                        }
                    }
                }
            } else if (value instanceof TomlTable) {
                unknowns.add(unknown(toml, List.of(top), "section", ConfigKeys.SECTIONS));
            } else {
                unknowns.add(unknown(toml, List.of(top), "key", keyNames));
            }
        }
        // Top to bottom, as the user reads the file; tomlj's key order is not the file's.
        unknowns.sort(Comparator.comparingInt(Unknown::line).thenComparing(Unknown::message));
        unknowns.forEach(u -> merge.warn(u.message()));
    }

    private record Unknown(int line, String message) {}

    private static Unknown unknown(TomlTable root, List<String> path, String what, List<String> candidates) {
        String name = Toml.joinKeyPath(path);
        TomlPosition at = root.inputPositionOf(path);
        String where = at == null ? "" : " (line " + at.line() + ")";
        return new Unknown(
                at == null ? Integer.MAX_VALUE : at.line(),
                "config: unknown " + what + " \"" + name + "\"" + where + " ignored"
                        + Suggestions.didYouMean(name, candidates));
    }
}
