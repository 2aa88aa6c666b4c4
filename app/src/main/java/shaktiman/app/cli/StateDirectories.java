package shaktiman.app.cli;

import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.daemon.StateDirectory;

/** Creates S (mode 0750) for the commands allowed to: {@code init}, {@code index} and {@code reindex} (MI-1, MI-4). */
final class StateDirectories {
    private StateDirectories() {}

    /**
     * Ensures S exists.
     *
     * @throws CommandFailure naming the path and the OS reason, e.g. {@code cannot create /p/.shaktiman: Read-only
     *     file system}
     */
    static void ensure(ProjectLayout layout) {
        try {
            StateDirectory.ensure(layout.stateDir());
        } catch (StateDirectory.StateDirectoryException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }
}
