/** Implements the token counter port with jtokkit's cl100k_base encoding, whose vocabulary ships inside its jar. */
module shaktiman.adapters.tokens {
    requires transitive shaktiman.core;
    requires jtokkit; // automatic module, named from its jar file (jtokkit 1.1.0 has no descriptor or
    // Automatic-Module-Name)

    exports shaktiman.adapters.tokens;
}
