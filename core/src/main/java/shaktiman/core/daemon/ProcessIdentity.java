package shaktiman.core.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Facts about this process and others that the daemon needs for messages and the same-user rule (MI-17). */
public final class ProcessIdentity {
    private ProcessIdentity() {}

    /** This process's pid. */
    public static long pid() {
        return ProcessHandle.current().pid();
    }

    /** This process's real uid, read from the owner of {@code /proc/self}; empty where that is unavailable. */
    public static OptionalLong uid() {
        return ownerUid(Path.of("/proc/self"));
    }

    /** The uid owning {@code path}, or empty if it does not exist or the platform has no unix attributes. */
    public static OptionalLong ownerUid(Path path) {
        try {
            Object uid = Files.getAttribute(path, "unix:uid");
            return OptionalLong.of(((Number) uid).longValue());
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }

    /** Whether a process with this pid is alive. */
    public static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The command line of a live process from {@code /proc/<pid>/cmdline}, NULs as spaces; empty if unreadable. */
    public static java.util.Optional<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            String text = new String(raw, java.nio.charset.StandardCharsets.UTF_8)
                    .replace('\0', ' ')
                    .strip();
            return text.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(text);
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
