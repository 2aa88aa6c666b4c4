package shaktiman.core.index.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small real file trees for discovery tests. */
final class TestTree {

    private final Path root;

    TestTree(Path root) {
        this.root = root;
    }

    /** Writes {@code content} (UTF-8) to {@code path} under the root, creating parent directories. */
    TestTree file(String path, String content) {
        return bytes(path, content.getBytes(StandardCharsets.UTF_8));
    }

    TestTree file(String path) {
        return file(path, "x\n");
    }

    TestTree bytes(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write test file " + path, e);
        }
    }

    TestTree directory(String path) {
        try {
            Files.createDirectories(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create test directory " + path, e);
        }
    }

    TestTree link(String path, String target) {
        try {
            Path link = root.resolve(path);
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, Path.of(target));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create test link " + path + " -> " + target, e);
        }
    }

    Path root() {
        return root;
    }
}
