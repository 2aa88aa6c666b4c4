package shaktiman.adapters.watch;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs just before the library registers a directory, so that tests can make registration fail where the OS would
 * (the inotify limit cannot be lowered from a test). Production uses {@link #NONE}.
 */
@FunctionalInterface
interface RegistrationProbe {

    RegistrationProbe NONE = directory -> {};

    void beforeRegister(Path directory) throws IOException;
}
