/** Implements the syntax parser port with tree-sitter (tree-sitter-ng), for IX-13's fifteen grammars. */
module shaktiman.adapters.parse {
    requires transitive shaktiman.core;
    // Automatic module: the tree-sitter-ng runtime and grammar jars merged by shaktiman-treesitter-bundle (IX-14 a),
    // named by its Automatic-Module-Name. It loads its JNI libraries with System.load, so a launcher grants
    // --enable-native-access=org.treesitter; this module calls the same runtime library through FFM and needs
    // --enable-native-access=shaktiman.adapters.parse.
    requires org.treesitter;

    exports shaktiman.adapters.parse;
}
