package shaktiman.app.cli;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Map;
import java.util.Optional;

/**
 * Which of the standard streams are terminals in the sense of MI-44: {@code isatty(3)} is true for the descriptor,
 * {@code TERM} is not {@code dumb} and {@code CI} is unset. {@code System.console()} cannot tell stdout from stderr,
 * hence the FFM call.
 *
 * @param stdin whether fd 0 is a terminal
 * @param stdout whether fd 1 is a terminal
 * @param stderr whether fd 2 is a terminal
 */
public record Terminal(boolean stdin, boolean stdout, boolean stderr) {

    private static final Optional<MethodHandle> ISATTY = lookupIsatty();

    /** No stream is a terminal: the situation of a pipe, a CI job or a test. */
    public static Terminal none() {
        return new Terminal(false, false, false);
    }

    /** Asks the OS about fds 0, 1 and 2 and applies MI-44's {@code TERM} and {@code CI} rules from {@code env}. */
    public static Terminal detect(Map<String, String> env) {
        if ("dumb".equals(env.get("TERM")) || env.containsKey("CI")) {
            return none();
        }
        return new Terminal(isatty(0), isatty(1), isatty(2));
    }

    private static boolean isatty(int fd) {
        if (ISATTY.isEmpty()) {
            return false; // a platform without isatty has no terminals we could draw on
        }
        try {
            return (int) ISATTY.get().invokeExact(fd) == 1;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("isatty(" + fd + ") failed", t);
        }
    }

    // isatty(3) only reads the descriptor's state; the launcher grants native access to shaktiman.app.
    @SuppressWarnings("restricted")
    private static Optional<MethodHandle> lookupIsatty() {
        Linker linker = Linker.nativeLinker();
        return linker.defaultLookup()
                .find("isatty")
                .map(symbol -> linker.downcallHandle(
                        symbol, FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT)));
    }
}
