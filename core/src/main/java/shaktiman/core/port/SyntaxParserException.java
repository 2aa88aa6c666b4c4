package shaktiman.core.port;

/** Thrown by {@link SyntaxParser} when it is used after close or its native runtime cannot be loaded. */
public final class SyntaxParserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SyntaxParserException(String message) {
        super(message);
    }

    public SyntaxParserException(String message, Throwable cause) {
        super(message, cause);
    }
}
