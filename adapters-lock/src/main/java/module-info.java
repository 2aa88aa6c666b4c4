/** Implements the daemon lock port with flock(2) called through the FFM API. */
module shaktiman.adapters.lock {
    requires transitive shaktiman.core;

    exports shaktiman.adapters.lock;
}
