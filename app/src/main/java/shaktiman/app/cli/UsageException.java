package shaktiman.app.cli;

import java.io.Serial;

/**
 * A usage error found after parsing (a value out of range, disagreeing roots): reported as {@code shaktiman: <message>}
 * plus a usage hint, exit {@link ExitCodes#USAGE}.
 */
final class UsageException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
