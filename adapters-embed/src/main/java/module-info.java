/** Implements the embedder port: the dependency-free {@code hashing} provider of mcp-tools §6 and IX-50. */
module shaktiman.adapters.embed {
    requires transitive shaktiman.core;

    exports shaktiman.adapters.embed;
}
