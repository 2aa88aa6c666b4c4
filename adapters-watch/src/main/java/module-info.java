/** Implements the file watcher port with io.methvin directory-watcher over the JDK's WatchService. */
module shaktiman.adapters.watch {
    requires transitive shaktiman.core;
    // Automatic module: directory-watcher 0.19.1 has neither a descriptor nor an Automatic-Module-Name, so the name
    // comes from the jar's file name.
    requires directory.watcher;
    // The library logs through SLF4J; as an automatic module it cannot require it, so this module makes sure it
    // resolves.
    requires org.slf4j;
    // The library names com.sun.nio.file.ExtendedWatchEventModifier when it registers a directory; under a named main
    // module nothing else resolves jdk.unsupported, and registration then fails with NoClassDefFoundError.
    requires jdk.unsupported;

    exports shaktiman.adapters.watch;
}
