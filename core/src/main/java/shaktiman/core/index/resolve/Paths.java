package shaktiman.core.index.resolve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Project-relative path arithmetic with {@code /} separators, where the root is {@code ""}. */
final class Paths {
    private Paths() {}

    /** The directory of {@code path}: {@code a/b.ts} → {@code a}, {@code b.ts} → {@code ""}. */
    static String directory(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The last segment of {@code path}. */
    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@code name} below {@code directory}, without normalising. */
    static String child(String directory, String name) {
        return directory.isEmpty() ? name : directory + "/" + name;
    }

    /** {@code relative} resolved against {@code directory}, {@code .} and {@code ..} removed; empty above the root. */
    static Optional<String> join(String directory, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (directory.isEmpty() ? relative : directory + "/" + relative).split("/", -1)) {
            switch (part) {
                case "", "." -> {}
                case ".." -> {
                    if (parts.isEmpty()) {
                        return Optional.empty();
                    }
                    parts.removeLast();
                }
                default -> parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}
