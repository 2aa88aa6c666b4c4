package shaktiman.app.log;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Starts {@link LogWriterChild} in a second JVM, on the class path or on the module path, and collects its output. */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final CompletableFuture<String> stdout = new CompletableFuture<>();
    private final CompletableFuture<String> stderr = new CompletableFuture<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    private ChildJvm(Process process) {
        this.process = process;
        Thread.ofVirtual().start(() -> drain(process.getInputStream(), stdout));
        Thread.ofVirtual().start(() -> {
            drain(process.getErrorStream(), stderr);
            ready.completeExceptionally(
                    new IllegalStateException("the child never said ready; stderr:\n" + stderr.getNow("")));
        });
    }

    /** Runs the child with every jar and directory of this JVM on the class path, after {@code first}. */
    static ChildJvm onClassPath(List<Path> first, String... args) throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        first.forEach(p -> entries.add(p.toString()));
        entries.add(testClasses().toString());
        entries.addAll(runtimePath());
        List<String> command = new ArrayList<>(List.of(java(), "-cp", String.join(File.pathSeparator, entries)));
        command.add(LogWriterChild.class.getName());
        command.addAll(List.of(args));
        return start(command);
    }

    /**
     * Runs the child as module {@code shaktiman.app}, with this JVM's main classes and jars on the module path, the test
     * classes patched into the module, and {@code classPath} on the class path.
     */
    static ChildJvm onModulePath(List<Path> classPath, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                java(),
                "--module-path",
                String.join(File.pathSeparator, runtimePath()),
                "--patch-module",
                "shaktiman.app=" + testClasses(),
                "-cp",
                String.join(
                        File.pathSeparator,
                        classPath.stream().map(Path::toString).toList()),
                "-m",
                "shaktiman.app/" + LogWriterChild.class.getName()));
        command.addAll(List.of(args));
        return start(command);
    }

    /** The main classes and every jar this JVM runs with, whether surefire put them on the class or module path. */
    private static Set<String> runtimePath() {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(mainClasses().toString());
        entries.addAll(split(System.getProperty("jdk.module.path")));
        entries.addAll(split(System.getProperty("java.class.path")));
        entries.remove(testClasses().toString());
        return entries;
    }

    Process process() {
        return process;
    }

    /** Waits for the child to exit and returns its exit code. */
    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** Everything the child wrote to stdout; only complete once it has exited. */
    String stdout() {
        return stdout.join();
    }

    /** Everything the child wrote to stderr; only complete once it has exited. */
    String stderr() {
        return stderr.join();
    }

    /** Completes when the child has written the line {@code ready} to stderr. */
    CompletableFuture<Void> ready() {
        return ready;
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static ChildJvm start(List<String> command) throws IOException {
        return new ChildJvm(new ProcessBuilder(command).start());
    }

    private void drain(InputStream in, CompletableFuture<String> text) {
        var all = new StringBuilder();
        try (var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                all.append(line).append('\n');
                if (line.equals("ready") && text == stderr) {
                    ready.complete(null);
                }
            }
            text.complete(all.toString());
        } catch (IOException e) {
            text.completeExceptionally(new UncheckedIOException("reading the child's output", e));
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path testClasses() {
        return moduleDir().resolve("target/test-classes");
    }

    private static Path mainClasses() {
        return moduleDir().resolve("target/classes");
    }

    private static Path moduleDir() {
        Path dir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        if (!Files.isDirectory(dir.resolve("target/test-classes"))) {
            throw new IllegalStateException("cannot find target/test-classes under " + dir);
        }
        return dir;
    }

    private static List<String> split(String path) {
        if (path == null || path.isEmpty()) {
            return List.of();
        }
        return List.of(path.split(File.pathSeparator));
    }
}
