package shaktiman.testkit.fake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import shaktiman.core.port.Watcher;
import shaktiman.testkit.contract.WatcherContract;

/** Verifies that the scripted watcher keeps the {@link Watcher} contract when told what changed. */
class ScriptedWatcherTest extends WatcherContract {

    @Override
    protected Watcher open(Path root, Duration debounce) {
        return new ScriptedWatcher(debounce);
    }

    @Override
    protected Watcher openRefusingWatch(Path root, Duration debounce, String directory) {
        ScriptedWatcher watcher = new ScriptedWatcher(debounce);
        if (Files.isDirectory(root.resolve(directory))) {
            watcher.refuseStart(directory);
        }
        return watcher;
    }

    @Override
    protected void injectOverflow(Watcher subject) {
        ((ScriptedWatcher) subject).overflow();
    }

    @Override
    protected void scripted(Watcher subject, String... paths) {
        ((ScriptedWatcher) subject).change(paths);
    }

    @Override
    protected void scriptedRefusal(Watcher subject, String directory) {
        ((ScriptedWatcher) subject).refuseWatch(directory);
    }
}
