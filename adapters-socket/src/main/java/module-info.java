/** Implements the transport port with Unix domain sockets from junixsocket. */
module shaktiman.adapters.socket {
    requires transitive shaktiman.core;
    // Explicit module (multi-release module-info in junixsocket-common), not an automatic one.
    requires org.newsclub.net.unix;
    // Explicit module of junixsocket-native-common. junixsocket finds its native library through this module by
    // reflection, so nothing else pulls it into the module graph; without it, binding fails on the module path.
    requires com.kohlschutter.junixsocket.nativecommon;

    exports shaktiman.adapters.socket;
}
