package shaktiman.app.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version and commit this build was made from, read from the filtered {@code build.properties} resource, so that
 * no version literal lives in the code (MCP-12).
 *
 * @param version the project version
 * @param commit the git commit, or {@code unknown} when the build was not told
 */
public record BuildInfo(String version, String commit) {

    /** Loads the build's own properties. */
    public static BuildInfo load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/META-INF/shaktiman/build.properties")) {
            if (in == null) {
                throw new IllegalStateException("build.properties is missing from the shaktiman.app jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read build.properties", e);
        }
        String commit = properties.getProperty("commit", "");
        return new BuildInfo(
                properties.getProperty("version"), commit.isBlank() || commit.startsWith("${") ? "unknown" : commit);
    }

    /** The {@code --version} line of MI-46, for the named program. */
    public String versionLine(String program) {
        return program + " " + version + " (" + commit + ") java " + Runtime.version() + " "
                + System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT) + "/"
                + System.getProperty("os.arch");
    }
}
