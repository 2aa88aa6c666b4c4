package shaktiman.adapters.watch;

import java.io.IOException;
import java.io.Serial;
import java.nio.file.Path;

/**
 * The OS refused a watch on {@link #directory()}. An {@link IOException}, so that it travels through the library's
 * walk unchanged; the JDK's own message does not name the directory.
 */
final class RefusedWatchException extends IOException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Path directory;

    RefusedWatchException(Path directory, IOException cause) {
        super("watch refused on " + directory + ": " + cause.getMessage(), cause);
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }
}
