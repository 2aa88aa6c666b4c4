/** The hexagon's centre: Shaktiman's domain, its ports and the services written against them, with no third-party dependency. */
module shaktiman.core {
    exports shaktiman.core.port;
    exports shaktiman.core.text;
    exports shaktiman.core.daemon;
    exports shaktiman.core.index;
    exports shaktiman.core.index.discovery;
    exports shaktiman.core.index.watch;
    exports shaktiman.core.tools;
    exports shaktiman.core.query;
    exports shaktiman.core.model;
    exports shaktiman.core.model.syntax;
    exports shaktiman.core.index.lang;
    exports shaktiman.core.index.chunk;
    exports shaktiman.core.index.symbols;
    exports shaktiman.core.index.scan;
    exports shaktiman.core.model.index;
    exports shaktiman.core.index.write;
    exports shaktiman.core.index.resolve;
    exports shaktiman.core.index.live;
    exports shaktiman.core.embed;
}
