package shaktiman.core.index.discovery;

/** How a walk ended: a cancelled walk has seen only part of the tree, so reconciliation (IX-11) must not run. */
public enum WalkOutcome {
    COMPLETED,
    CANCELLED
}
