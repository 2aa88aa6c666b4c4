package shaktiman.core.tools;

import java.util.Objects;

/**
 * The answering daemon in brief (MCP-38 {@code daemon}); live, so outside the MCP-4 determinism promise.
 *
 * @param role always the leader
 * @param pid its process id
 * @param version the build version
 * @param uptimeS whole seconds since it became leader
 * @param sessions open MCP sessions
 */
public record DaemonStatus(DaemonRole role, long pid, String version, long uptimeS, int sessions) {

    public DaemonStatus {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(version, "version");
        if (uptimeS < 0 || sessions < 0) {
            throw new IllegalArgumentException(
                    "uptimeS and sessions must not be negative; got " + uptimeS + " and " + sessions);
        }
    }

    /** A leader's status. */
    public static DaemonStatus leader(long pid, String version, long uptimeS, int sessions) {
        return new DaemonStatus(DaemonRole.LEADER, pid, version, uptimeS, sessions);
    }
}
