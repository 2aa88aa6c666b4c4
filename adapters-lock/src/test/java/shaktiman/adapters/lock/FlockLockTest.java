package shaktiman.adapters.lock;

import java.nio.file.Path;
import shaktiman.core.port.LockPort;
import shaktiman.testkit.contract.LockPortContract;

/** Verifies that the flock(2) adapter keeps the {@link LockPort} contract. */
class FlockLockTest extends LockPortContract {

    @Override
    protected LockPort open(Path lockFile) {
        return new FlockLock(lockFile);
    }
}
