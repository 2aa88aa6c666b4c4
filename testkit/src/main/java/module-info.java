/** Port contract suites, in-memory fakes and test-data builders, shared by the adapters' and core's tests. */
module shaktiman.testkit {
    requires transitive shaktiman.core;
    requires transitive org.junit.jupiter.api;
    requires transitive org.junit.jupiter.params;
    requires transitive org.assertj.core;
    requires java.sql; // CanonicalDump reads index files with plain JDBC

    exports shaktiman.testkit;
    exports shaktiman.testkit.contract;
    exports shaktiman.testkit.corpus;
    exports shaktiman.testkit.fake;

    // JUnit calls the suites' package-private test methods and lifecycle methods and injects their @TempDir.
    opens shaktiman.testkit.contract to
            org.junit.platform.commons;
}
