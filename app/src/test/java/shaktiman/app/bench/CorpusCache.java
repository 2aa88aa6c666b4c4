package shaktiman.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import shaktiman.testkit.CacheDirectory;

/**
 * Fetches the benchmark's corpora with the ordinary clients ({@code mvn dependency:copy} for Maven Central sources jars,
 * {@code apt-get download} and {@code dpkg -x} for Debian packages: nothing is installed) into a cache outside the
 * repository, {@code $SHAKTIMAN_BENCH_CACHE} or else {@code $HOME/.cache/shaktiman-bench}. A corpus is fetched once:
 * its directory holds a {@code COMPLETE} marker written last, so an interrupted fetch is redone and a finished one is
 * reused without the network. A fetch that fails gives a skipped corpus with the reason.
 */
final class CorpusCache {

    private static final String MARKER = "COMPLETE";
    private static final Duration FETCH = Duration.ofMinutes(10);

    /** The pinned {@code maven-dependency-plugin}, the parent pom's, so that no plugin metadata is looked up. */
    private static final String COPY_GOAL = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy";

    private final Path dir;

    private CorpusCache(Path dir) {
        this.dir = dir;
    }

    /** The cache named by {@code env}: {@code SHAKTIMAN_BENCH_CACHE}, else {@code $HOME/.cache/shaktiman-bench}. */
    static CorpusCache fromEnv(Map<String, String> env) {
        return new CorpusCache(CacheDirectory.fromEnv(env, "SHAKTIMAN_BENCH_CACHE", "shaktiman-bench"));
    }

    Path dir() {
        return dir;
    }

    /** The {@code -sources} jar of {@code groupId:artifactId:version} from Maven Central, unpacked without META-INF. */
    BenchCorpus mavenSources(String name, String groupId, String artifactId, String version) {
        String coordinates = groupId + ":" + artifactId + ":" + version + ":jar:sources";
        String source = "Maven Central " + coordinates;
        return cached(name, source, "tree", (download, tree) -> {
            List<String> command = List.of(
                    "mvn", "-B", "-ntp", "-q", COPY_GOAL, "-Dartifact=" + coordinates, "-DoutputDirectory=" + download);
            Command copy = Command.run(command, download, FETCH);
            if (!copy.succeeded()) {
                return Optional.of(copy.failure(command));
            }
            Path jar = download.resolve(artifactId + "-" + version + "-sources.jar");
            if (!Files.isRegularFile(jar)) {
                return Optional.of(String.join(" ", command) + " left no " + jar.getFileName());
            }
            unzipSources(jar, tree);
            return Optional.empty();
        });
    }

    /**
     * The Debian package {@code name=version}, downloaded with {@code apt-get download} and unpacked with {@code dpkg
     * -x}; the corpus is its {@code subdirectory}.
     */
    BenchCorpus debian(String name, String debianPackage, String version, String subdirectory) {
        String source = "Debian " + debianPackage + " " + version + " (apt-get download, dpkg -x), " + subdirectory;
        return cached(name, source, "tree/" + subdirectory, (download, tree) -> {
            List<String> fetch = List.of("apt-get", "download", debianPackage + "=" + version);
            Command got = Command.run(fetch, download, FETCH);
            if (!got.succeeded()) {
                return Optional.of(got.failure(fetch));
            }
            Path deb;
            try (Stream<Path> files = Files.list(download)) {
                deb = files.filter(file -> file.getFileName().toString().endsWith(".deb"))
                        .findFirst()
                        .orElse(null);
            }
            if (deb == null) {
                return Optional.of(String.join(" ", fetch) + " left no .deb in " + download);
            }
            List<String> unpack = List.of("dpkg", "-x", deb.toString(), tree.toString());
            Command unpacked = Command.run(unpack, download, FETCH);
            if (!unpacked.succeeded()) {
                return Optional.of(unpacked.failure(unpack));
            }
            if (!Files.isDirectory(tree.resolve(subdirectory))) {
                return Optional.of(deb.getFileName() + " has no " + subdirectory);
            }
            return Optional.empty();
        });
    }

    /** A corpus made by {@code writer} into an empty directory, cached like the fetched ones. */
    BenchCorpus generated(String name, String source, TreeWriter writer) {
        return cached(name, source, "tree", (download, tree) -> {
            writer.write(tree);
            return Optional.empty();
        });
    }

    /** Writes a corpus into an empty directory. */
    @FunctionalInterface
    interface TreeWriter {
        void write(Path tree) throws IOException;
    }

    /** Fills {@code tree} from a scratch {@code download} directory; returns why it failed, or empty. */
    @FunctionalInterface
    private interface Fetch {
        Optional<String> into(Path download, Path tree) throws IOException;
    }

    private BenchCorpus cached(String name, String source, String rootInEntry, Fetch fetch) {
        Path entry = dir.resolve(name);
        Path root = entry.resolve(rootInEntry);
        Path marker = entry.resolve(MARKER);
        try {
            if (Files.isRegularFile(marker)
                    && Files.readString(marker, StandardCharsets.UTF_8).strip().equals(source)
                    && Files.isDirectory(root)) {
                return BenchCorpus.ready(name, source + " (cached)", root);
            }
            deleteTree(entry);
            Path download = Files.createDirectories(entry.resolve("download"));
            Path tree = Files.createDirectories(entry.resolve("tree"));
            Optional<String> failure = fetch.into(download, tree);
            if (failure.isPresent()) {
                deleteTree(entry);
                return BenchCorpus.skipped(name, source, failure.get());
            }
            deleteTree(download);
            Files.writeString(marker, source + "\n", StandardCharsets.UTF_8);
            return BenchCorpus.ready(name, source, root);
        } catch (IOException | UncheckedIOException e) {
            return BenchCorpus.skipped(name, source, "cannot fetch into " + entry + ": " + e.getMessage());
        }
    }

    /** Unpacks the source files of a sources jar; entries that would land outside {@code tree} are refused. */
    private static void unzipSources(Path jar, Path tree) throws IOException {
        try (InputStream in = Files.newInputStream(jar);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory() || entry.getName().startsWith("META-INF/")) {
                    continue;
                }
                Path target = tree.resolve(entry.getName()).normalize();
                if (!target.startsWith(tree)) {
                    throw new IOException(jar + " has the entry " + entry.getName() + ", outside the tree");
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip, target);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // dpkg -x keeps the package's modes; a read-only directory must be made writable before its entries go.
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        paths.stream()
                .filter(path -> Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                .forEach(path -> path.toFile().setWritable(true, true));
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
