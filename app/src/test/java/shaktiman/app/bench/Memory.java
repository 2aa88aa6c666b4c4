package shaktiman.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's resident memory from {@code /proc/<pid>/status}: current (VmRSS) and peak (VmHWM), in KiB. */
record Memory(long rssKib, long hwmKib) {

    /** Reads the figures of the live process {@code pid}. */
    static Memory of(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            String text = Files.readString(status);
            return new Memory(field(text, "VmRSS:", status), field(text, "VmHWM:", status));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + status, e);
        }
    }

    double rssMib() {
        return rssKib / 1024.0;
    }

    double hwmMib() {
        return hwmKib / 1024.0;
    }

    private static long field(String status, String name, Path file) {
        return status.lines()
                .filter(line -> line.startsWith(name))
                .map(line -> line.substring(name.length()).trim().split("\\s+")[0])
                .mapToLong(Long::parseLong)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(file + " has no " + name + " line"));
    }
}
