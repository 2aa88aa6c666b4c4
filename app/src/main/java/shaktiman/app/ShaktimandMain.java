package shaktiman.app;

import shaktiman.app.daemon.Shaktimand;

/** Entry point of {@code shaktimand}, the MCP server over stdio (MI-46). */
public final class ShaktimandMain {
    private ShaktimandMain() {}

    public static void main(String[] args) {
        System.exit(Shaktimand.run(args, System.getenv(), System.err));
    }
}
