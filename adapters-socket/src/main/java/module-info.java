/** Implements the transport port with Unix domain sockets from junixsocket. */
module shaktiman.adapters.socket {
    requires transitive shaktiman.core;
    requires org.newsclub.net.unix;
}
