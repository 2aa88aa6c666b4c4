package shaktiman.adapters.watch;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import java.nio.file.Path;
import java.util.function.Consumer;
import shaktiman.core.index.watch.BatchDispatcher;
import shaktiman.core.port.WatcherException;

/**
 * Receives the library's events on its event thread and feeds the dispatcher root-relative paths, rescan requests
 * and the watch-limit failure. Nothing the library reports is dropped: what cannot be mapped to a path asks for a
 * rescan.
 */
final class LibraryEvents implements DirectoryChangeListener {

    private static final System.Logger LOG = System.getLogger(LibraryEvents.class.getName());

    private final Path root;
    private final BatchDispatcher dispatcher;
    private final Consumer<WatcherException> onFailure;

    /**
     * @param root the absolute, normalised root the library watches
     * @param onFailure stops watching after the failure was handed to the dispatcher
     */
    LibraryEvents(Path root, BatchDispatcher dispatcher, Consumer<WatcherException> onFailure) {
        this.root = root;
        this.dispatcher = dispatcher;
        this.onFailure = onFailure;
    }

    @Override
    public void onEvent(DirectoryChangeEvent event) {
        switch (event.eventType()) {
            case OVERFLOW -> dispatcher.rescan("the OS event queue overflowed while watching " + root);
            case CREATE, MODIFY, DELETE -> changed(event.path());
        }
    }

    @Override
    public void onException(Exception e) {
        if (Failures.isWatchLimit(e)) {
            WatcherException failure = Failures.translate(root, e);
            dispatcher.fail(failure);
            onFailure.accept(failure);
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "watcher error under " + root + "; asking for a rescan", e);
        dispatcher.rescan("the watcher hit an error under " + root + ": " + e);
    }

    private void changed(Path path) {
        if (path == null || !path.startsWith(root) || path.equals(root)) {
            dispatcher.rescan("the watcher reported a path it cannot place under " + root + ": " + path);
            return;
        }
        StringBuilder relative = new StringBuilder();
        for (Path name : root.relativize(path)) {
            if (!relative.isEmpty()) {
                relative.append('/');
            }
            relative.append(name);
        }
        dispatcher.changed(relative.toString());
    }
}
