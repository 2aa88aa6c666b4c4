package shaktiman.app.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Kills a process together with every descendant it started, so that no test leaves a daemon behind. */
final class ProcessTree {

    private ProcessTree() {}

    /**
     * SIGKILLs {@code root} and its descendants and waits (bounded) until they are gone. Descendants are collected
     * first, because once the root dies its children are re-parented and no longer reachable from it.
     *
     * @return the processes still alive after the wait (normally none)
     */
    static List<ProcessHandle> destroy(ProcessHandle root, Duration wait) {
        List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
        all.addFirst(root);
        // A stopped process (SIGSTOP, scenario 15) still dies on SIGKILL, so one forcible destroy suffices.
        all.forEach(ProcessHandle::destroyForcibly);
        List<ProcessHandle> survivors = new ArrayList<>();
        long end = System.nanoTime() + wait.toNanos();
        for (ProcessHandle handle : all) {
            long left = Math.max(0, end - System.nanoTime());
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                survivors.add(handle);
            } catch (ExecutionException e) {
                throw new AssertionError("waiting for pid " + handle.pid() + " to exit failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                survivors.add(handle);
            }
        }
        return survivors;
    }
}
