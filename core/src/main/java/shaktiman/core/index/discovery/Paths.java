package shaktiman.core.index.discovery;

import java.nio.file.Path;

/** Stored paths are relative to the root and use {@code /} (MCP-2). */
final class Paths {

    private Paths() {}

    /** {@code path} relative to {@code root} (which must contain it), with {@code /}; {@code ""} for the root. */
    static String relative(Path root, Path path) {
        Path relative = root.relativize(path);
        if (relative.toString().isEmpty()) {
            return "";
        }
        StringBuilder joined = new StringBuilder();
        for (Path part : relative) {
            if (!joined.isEmpty()) {
                joined.append('/');
            }
            joined.append(part);
        }
        return joined.toString();
    }

    /** The last component of a relative path. */
    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@code parent}/{@code name}, where {@code ""} is the root. */
    static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "/" + name;
    }
}
