package shaktiman.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Verifies the packaged module descriptors (after JUnit's JarDescribeModuleTests): every package starts with its
 * module's name, core requires only java.base, and each module exports exactly the committed list.
 */
class ModuleDescriptorIT {

    private static Map<String, ModuleDescriptor> modules;

    @BeforeAll
    static void readPackagedJars() throws IOException {
        Path target = Path.of(System.getProperty("shaktiman.home"), "app", "target");
        try (Stream<Path> lib = Files.list(target.resolve("lib"))) {
            Path[] jars = Stream.concat(
                            lib.filter(p -> p.getFileName().toString().startsWith("shaktiman-")),
                            Stream.of(target.resolve("shaktiman-app.jar")))
                    .toArray(Path[]::new);
            modules = ModuleFinder.of(jars).findAll().stream()
                    .map(ModuleReference::descriptor)
                    .collect(Collectors.toMap(ModuleDescriptor::name, d -> d, (a, b) -> a, TreeMap::new));
        }
    }

    @Test
    void packagedModules_areTheExpectedOnes() {
        assertThat(modules.keySet())
                .containsExactly(
                        "org.treesitter",
                        "shaktiman.adapters.embed",
                        "shaktiman.adapters.lock",
                        "shaktiman.adapters.parse",
                        "shaktiman.adapters.socket",
                        "shaktiman.adapters.store",
                        "shaktiman.adapters.tokens",
                        "shaktiman.adapters.watch",
                        "shaktiman.app",
                        "shaktiman.core");
    }

    @Test
    void everyPackage_startsWithItsModuleName() {
        modules.values()
                .forEach(module -> assertThat(module.packages())
                        .as("packages of %s", module.name())
                        .allSatisfy(pkg -> assertThat(pkg).startsWith(module.name())));
    }

    @Test
    void core_requiresOnlyJavaBase() {
        Set<String> requires = modules.get("shaktiman.core").requires().stream()
                .map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet());

        assertThat(requires).containsExactly("java.base");
    }

    @Test
    void exports_matchTheCommittedList() throws IOException {
        Map<String, Set<String>> actual = new TreeMap<>();
        modules.values()
                .forEach(module -> actual.put(
                        module.name(),
                        // An automatic module (the merged org.treesitter jar, IX-14) exports every package it holds.
                        module.isAutomatic()
                                ? new TreeSet<>(module.packages())
                                : module.exports().stream()
                                        .map(ModuleDescriptor.Exports::source)
                                        .collect(Collectors.toCollection(TreeSet::new))));

        assertThat(actual).isEqualTo(committedExports());
    }

    private static Map<String, Set<String>> committedExports() throws IOException {
        Map<String, Set<String>> expected = new TreeMap<>();
        try (InputStream in = ModuleDescriptorIT.class.getResourceAsStream("module-exports.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            text.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> {
                        String[] parts = line.split(":", 2);
                        Set<String> exports = new TreeSet<>();
                        for (String pkg : parts[1].trim().split("\\s+")) {
                            if (!pkg.isEmpty()) {
                                exports.add(pkg);
                            }
                        }
                        expected.put(parts[0].trim(), exports);
                    });
        }
        return expected;
    }
}
