package shaktiman.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import shaktiman.core.daemon.ProjectLayout;

/** Turns the root the user gave (R) into the canonical root C and its layout (MI-38, MI-1). */
final class ProjectRoots {
    private ProjectRoots() {}

    /**
     * The layout for the root named by the positional argument and {@code --root}, either of which may be null; when
     * both are given they must name the same canonical directory.
     *
     * @throws UsageException if they disagree, or the root does not exist or is not a directory
     */
    static ProjectLayout resolve(String positional, String option, Map<String, String> env) {
        Path root;
        if (positional != null && option != null) {
            Path fromPositional = canonical(positional);
            Path fromOption = canonical(option);
            if (!fromPositional.equals(fromOption)) {
                throw new UsageException("the root argument " + positional + " and --root " + option
                        + " name different directories (" + fromPositional + " and " + fromOption + ")");
            }
            root = fromPositional;
        } else if (positional != null) {
            root = canonical(positional);
        } else {
            root = canonical(option == null ? "." : option);
        }
        return ProjectLayout.of(root, env);
    }

    private static Path canonical(String given) {
        Path path;
        try {
            path = Path.of(given);
        } catch (InvalidPathException e) {
            throw new UsageException(given + ": not a valid path (" + e.getReason() + ")");
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            throw new UsageException(given + ": no such directory");
        } catch (IOException e) {
            throw new UsageException(given + ": cannot resolve: " + e.getMessage());
        }
        if (!Files.isDirectory(real)) {
            throw new UsageException(given + ": not a directory");
        }
        return real;
    }
}
