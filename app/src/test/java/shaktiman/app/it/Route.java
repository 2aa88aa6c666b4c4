package shaktiman.app.it;

/** Which stdio a test's client talks to: the leader's own, or a proxy's, relayed to the leader's socket (MI-24). */
enum Route {
    LEADER_STDIO,
    THROUGH_PROXY
}
