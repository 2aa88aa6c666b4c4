package shaktiman.app.cli;

import java.io.Serial;

/**
 * A runtime failure the user can act on: reported as {@code shaktiman: <message>} (one line per message line), exit
 * {@link ExitCodes#FAILURE}.
 */
final class CommandFailure extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    CommandFailure(String message) {
        super(message);
    }

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
