package shaktiman.app.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import shaktiman.testkit.CacheDirectory;

/**
 * The official MCP TypeScript SDK at the versions a checked-in {@code package.json} pins, installed with {@code npm
 * install --ignore-scripts} into a cache outside the repository: {@code $SHAKTIMAN_SDK_CACHE}, else
 * {@code $HOME/.cache/shaktiman-sdk}. Each pin set gets its own directory, named by the hash of the {@code
 * package.json}, so a changed pin installs afresh and an unchanged one is reused without the network. An install runs in
 * a scratch directory that is renamed into place only when npm succeeded, so a killed install never leaves a half cache.
 */
final class McpSdkCache {

    private static final String SCRATCH_PREFIX = ".install-";

    private final Path dir;

    private McpSdkCache(Path dir) {
        this.dir = dir;
    }

    /** The cache named by {@code env}: {@code SHAKTIMAN_SDK_CACHE}, else {@code $HOME/.cache/shaktiman-sdk}. */
    static McpSdkCache fromEnv(Map<String, String> env) {
        return new McpSdkCache(CacheDirectory.fromEnv(env, "SHAKTIMAN_SDK_CACHE", "shaktiman-sdk"));
    }

    Path dir() {
        return dir;
    }

    /**
     * The {@code node_modules} directory holding {@code packageJson}'s dependencies, installed first if this pin set has
     * no entry yet.
     *
     * @param packageJson the content of the {@code package.json} that pins the SDK and its peers
     * @param deadline how long npm may take; it is killed after that
     * @return the cached {@code node_modules}
     * @throws IllegalStateException naming the command, its exit status and the end of its output if npm failed
     */
    Path nodeModules(String packageJson, Duration deadline) {
        Path entry = dir.resolve("sdk-" + hash(packageJson));
        if (Files.isDirectory(entry.resolve("node_modules"))) {
            return entry.resolve("node_modules");
        }
        try {
            Files.createDirectories(dir);
            removeAbandonedScratch(deadline.multipliedBy(2));
            Path scratch = Files.createTempDirectory(dir, SCRATCH_PREFIX);
            Files.writeString(scratch.resolve("package.json"), packageJson, StandardCharsets.UTF_8);
            npmInstall(scratch, deadline);
            try {
                Files.move(scratch, entry, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                // Another run installed the same pins meanwhile: its entry is as good as ours.
                deleteTree(scratch);
            }
            return entry.resolve("node_modules");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install the MCP SDK into " + entry, e);
        }
    }

    private static void npmInstall(Path scratch, Duration deadline) throws IOException {
        List<String> command = List.of("npm", "install", "--no-audit", "--no-fund", "--ignore-scripts");
        Path log = scratch.resolve("npm-install.log");
        Process npm = new ProcessBuilder(command)
                .directory(scratch.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(new File("/dev/null"))
                .start();
        int exit;
        try {
            if (!npm.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                npm.descendants().forEach(ProcessHandle::destroyForcibly);
                npm.destroyForcibly();
                npm.onExit().join();
                String output = tail(log);
                deleteTree(scratch);
                throw new IllegalStateException(String.join(" ", command) + " did not finish within "
                        + deadline.toSeconds() + " s installing the MCP SDK from the npm registry; output: " + output);
            }
            exit = npm.exitValue();
        } catch (InterruptedException e) {
            npm.descendants().forEach(ProcessHandle::destroyForcibly);
            npm.destroyForcibly();
            Thread.currentThread().interrupt();
            // The scratch directory stays; the next install removes it once it is old enough.
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
        if (exit != 0 || !Files.isDirectory(scratch.resolve("node_modules/@modelcontextprotocol/sdk"))) {
            String output = tail(log);
            deleteTree(scratch);
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + exit
                    + ") installing the MCP SDK from the npm registry; output: " + output);
        }
    }

    /** Deletes scratch directories of installs that were killed: any older than twice the install deadline. */
    private void removeAbandonedScratch(Duration age) throws IOException {
        Instant cutoff = Instant.now().minus(age);
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path scratch : entries.filter(
                            path -> path.getFileName().toString().startsWith(SCRATCH_PREFIX))
                    .toList()) {
                if (Files.getLastModifiedTime(scratch).toInstant().isBefore(cutoff)) {
                    deleteTree(scratch);
                }
            }
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8).strip();
            return text.length() <= 3000 ? text : "…" + text.substring(text.length() - 3000);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
