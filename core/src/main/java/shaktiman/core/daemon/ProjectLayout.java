package shaktiman.core.daemon;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * Where everything of one project lives: the canonical root C, the state directory S and its files, and the socket
 * path P that every process derives the same way (MI-1, MI-14).
 *
 * @param root the canonical project root C (absolute, symlinks resolved)
 * @param socketPath the socket path P
 */
public record ProjectLayout(Path root, Path socketPath) {

    /** Unix socket paths must fit {@code sun_path}; longer ones fall back to /tmp (MI-14). */
    static final int MAX_SOCKET_PATH_BYTES = 103;

    public ProjectLayout {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(socketPath, "socketPath");
        if (!root.isAbsolute()) {
            throw new IllegalArgumentException("root must be absolute, got " + root);
        }
    }

    /**
     * The layout for canonical root {@code root}, with the socket directory taken from {@code env}'s TMPDIR as MI-14
     * says ({@code java.io.tmpdir} is never consulted).
     */
    public static ProjectLayout of(Path root, Map<String, String> env) {
        return new ProjectLayout(root, socketPathFor(root, env.get("TMPDIR")));
    }

    /** P for canonical root {@code root} and the given TMPDIR value (null when unset). */
    public static Path socketPathFor(Path root, String tmpdir) {
        String fileName = "shaktiman-" + rootHash(root) + ".sock";
        String dir = socketDirectory(tmpdir);
        String candidate = dir + "/" + fileName;
        if (candidate.getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH_BYTES) {
            candidate = "/tmp/" + fileName;
        }
        return Path.of(candidate);
    }

    /** The first 16 lowercase hex characters of SHA-256 over the UTF-8 bytes of the canonical root. */
    public static String rootHash(Path root) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(root.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK provides SHA-256", e);
        }
    }

    private static String socketDirectory(String tmpdir) {
        if (tmpdir == null || tmpdir.isEmpty() || !tmpdir.startsWith("/")) {
            return "/tmp";
        }
        String trimmed = tmpdir.replaceAll("/+$", "");
        return trimmed.isEmpty() ? "" : trimmed;
    }

    /** The state directory S. */
    public Path stateDir() {
        return root.resolve(".shaktiman");
    }

    /** The lock file {@code S/daemon.pid}. */
    public Path lockFile() {
        return stateDir().resolve("daemon.pid");
    }

    /** The ready note {@code S/ready}. */
    public Path readyFile() {
        return stateDir().resolve("ready");
    }

    /** The current log {@code S/shaktimand.log}. */
    public Path logFile() {
        return stateDir().resolve("shaktimand.log");
    }

    /** The directory of archived logs. */
    public Path sessionLogsDir() {
        return stateDir().resolve("session-logs");
    }

    /** The config file {@code S/shaktiman.toml}. */
    public Path configFile() {
        return stateDir().resolve("shaktiman.toml");
    }

    /** The SQLite index {@code S/index.db}. */
    public Path indexDb() {
        return stateDir().resolve("index.db");
    }
}
