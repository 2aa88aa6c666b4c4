package shaktiman.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Reads the pid that {@code S/daemon.pid} names without opening it for the lock (MI-3): for messages only, never as
 * proof of anything, and never signalled.
 */
final class PidFile {
    private PidFile() {}

    /**
     * The pid the file names; empty when the file is missing, empty or garbled.
     *
     * @throws CommandFailure if the file exists but cannot be read
     */
    static OptionalLong read(Path pidFile) {
        try {
            return parse(Files.readString(pidFile, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + pidFile + ": " + e.getMessage(), e);
        }
    }

    /** The pid in a file's text: decimal digits and an optional trailing newline, else empty. */
    static OptionalLong parse(String text) {
        String trimmed = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (trimmed.isEmpty() || trimmed.length() > 18 || !trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long pid = Long.parseLong(trimmed);
        return pid > 0 ? OptionalLong.of(pid) : OptionalLong.empty();
    }

    /** {@code pid N} or {@code pid unknown}, for messages. */
    static String describe(OptionalLong pid) {
        return pid.isPresent() ? "pid " + pid.getAsLong() : "pid unknown";
    }
}
