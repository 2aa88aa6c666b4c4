/** Composes the adapters into a leader or a proxy, binds MCP over JSON-RPC, and provides the shaktiman CLI. */
module shaktiman.app {
    requires shaktiman.core;
    requires shaktiman.adapters.lock;
    requires shaktiman.adapters.socket;
    requires shaktiman.adapters.store;
    requires com.fasterxml.jackson.databind;
    requires jsonrpc4j; // automatic module, named from its jar
    requires info.picocli;
    requires org.tomlj; // automatic module (Automatic-Module-Name)
    requires org.slf4j;
    requires ch.qos.logback.classic;
    requires ch.qos.logback.core;
    requires jdk.unsupported; // sun.misc.Signal, for MI-52's signal handling

    // picocli reflects on the command classes' annotated fields, and on nothing else of ours.
    opens shaktiman.app.cli to
            info.picocli;
    // Jackson reads the CLI's result records.
    opens shaktiman.app.cli.output to
            com.fasterxml.jackson.databind;
}
