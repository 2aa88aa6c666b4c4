package shaktiman.testkit.fake;

import java.nio.file.Path;
import shaktiman.core.port.LockPort;
import shaktiman.testkit.contract.LockPortContract;

/** Verifies that the in-memory lock keeps the {@link LockPort} contract. */
class InMemoryLockTest extends LockPortContract {

    private final InMemoryLockRegistry registry = new InMemoryLockRegistry();

    @Override
    protected LockPort open(Path lockFile) {
        return registry.open(lockFile);
    }
}
