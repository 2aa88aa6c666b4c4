package shaktiman.app.mcp;

/** The {@code instructions} of the initialize result (MCP-13): at most 1,500 characters, in our own words. */
final class Instructions {

    static final int MAX_LENGTH = 1_500;

    static final String TEXT = "Shaktiman is a pre-built index of this project that stays current as files change."
            + " Use it to find code without spending context on reading whole files. In an unfamiliar repository,"
            + " start with summary. Use search to find the few places worth reading, then read just those (ask for"
            + " mode:\"full\" only when you need the snippet itself). Use context for cross-file understanding"
            + " within a token budget, symbols to see where a name is defined, dependencies for callers or callees"
            + " in one call, and diff for what changed recently. enrichment_status tells you whether semantic"
            + " search is available. Test files are left out unless scope is \"test\" or \"all\". Keep using Grep"
            + " for exact strings and regular expressions, and Glob for file names.";

    private Instructions() {}
}
