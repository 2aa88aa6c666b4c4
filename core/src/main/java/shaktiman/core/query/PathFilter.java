package shaktiman.core.query;

/** MCP-24's path match: the file itself, or any file under the value as a directory; empty matches everything. */
final class PathFilter {
    private PathFilter() {}

    static boolean matches(String path, String prefix) {
        return prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
