/** Composes the adapters into a leader or a proxy, binds MCP over JSON-RPC, and provides the shaktiman CLI. */
module shaktiman.app {
    requires shaktiman.core;
    requires shaktiman.adapters.lock;
    requires shaktiman.adapters.socket;
    requires shaktiman.adapters.store;
    requires shaktiman.adapters.tokens;
    requires shaktiman.adapters.parse;
    requires shaktiman.adapters.watch;
    requires shaktiman.adapters.embed;
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
    // picocli reflects on shaktimand's argument model too.
    opens shaktiman.app.daemon.args to
            info.picocli;
    // Jackson reads the CLI's result records.
    opens shaktiman.app.cli.output to
            com.fasterxml.jackson.databind;

    // Logback's configuration, so that no logback.xml or default console appender can print to stdout (MI-37).
    provides ch.qos.logback.classic.spi.Configurator with
            shaktiman.app.log.StderrConfigurator;

    // MCP's JSON envelopes and the jsonrpc4j method interface: Jackson serialises the records, jsonrpc4j reflects on
    // the interface to dispatch.
    opens shaktiman.app.mcp.wire to
            com.fasterxml.jackson.databind,
            jsonrpc4j;
}
