package shaktiman.core.tools;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MCP-24's normalisation of {@code path} and {@code file} arguments: project-relative with {@code /}, a leading
 * {@code ./} and a trailing {@code /} removed, an absolute path inside the root made relative; outside the root or with a
 * {@code ..} segment it is invalid.
 */
final class PathArgument {

    private PathArgument() {}

    /**
     * The project-relative form of trimmed {@code text}, {@code ""} for the whole project, or empty when the path is
     * outside {@code root} or has a {@code ..} segment.
     *
     * @param root the project root, absolute and normalised
     */
    static Optional<String> normalise(String text, Path root) {
        if (text.startsWith("/")) {
            return absolute(text, root);
        }
        return relative(text);
    }

    private static Optional<String> absolute(String text, Path root) {
        if (hasParentSegment(text)) {
            return Optional.empty();
        }
        Path path;
        try {
            path = Path.of(text).normalize();
        } catch (InvalidPathException e) {
            // A NUL byte or similar cannot name a file in the project; the caller reports the argument invalid.
            return Optional.empty();
        }
        if (!path.startsWith(root)) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (Path part : root.relativize(path)) {
            if (!part.toString().isEmpty()) {
                parts.add(part.toString());
            }
        }
        return Optional.of(String.join("/", parts));
    }

    private static Optional<String> relative(String text) {
        if (hasParentSegment(text)) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String part : text.split("/", -1)) {
            // "./src//api/" and "src/api" name the same directory.
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    private static boolean hasParentSegment(String text) {
        for (String part : text.split("/", -1)) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
