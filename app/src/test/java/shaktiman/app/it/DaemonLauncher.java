package shaktiman.app.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import shaktiman.core.daemon.ProjectLayout;

/** Builds one {@code bin/shaktimand} start: root or raw arguments, environment tweaks, then {@link #start()}. */
final class DaemonLauncher {

    private final Daemons daemons;
    private final Map<String, String> env;
    private String name;
    private Path root;
    private List<String> args;
    private boolean readStdout = true;

    DaemonLauncher(Daemons daemons, String name, Path root, Map<String, String> env) {
        this.daemons = daemons;
        this.name = name;
        this.root = root;
        this.env = env;
        this.args = List.of(root.toString());
    }

    /** The label used in messages. */
    DaemonLauncher name(String label) {
        this.name = label;
        return this;
    }

    /** Runs {@code shaktimand <projectRoot>}. */
    DaemonLauncher root(Path projectRoot) {
        this.root = projectRoot;
        this.args = List.of(projectRoot.toString());
        return this;
    }

    /** Runs {@code shaktimand} with exactly these arguments (the root, if any, must be among them). */
    DaemonLauncher args(String... rawArgs) {
        this.args = List.of(rawArgs);
        return this;
    }

    /** Sets the TMPDIR of this process (MI-14). */
    DaemonLauncher tmpDir(Path tmp) {
        env.put("TMPDIR", tmp.toString());
        return this;
    }

    /** Sets {@code SHAKTIMAN_TEST_HOOKS} (MI-57). */
    DaemonLauncher hooks(String hooks) {
        env.put("SHAKTIMAN_TEST_HOOKS", hooks);
        return this;
    }

    DaemonLauncher env(String key, String value) {
        env.put(key, value);
        return this;
    }

    /** Leaves stdout unread (no {@link McpClient}), for scenario 26. */
    DaemonLauncher readStdout(boolean read) {
        this.readStdout = read;
        return this;
    }

    /** The layout this process will compute for its root (MI-14 with its own TMPDIR). */
    ProjectLayout layout() {
        return Daemons.layout(root, Path.of(env.get("TMPDIR")));
    }

    DaemonProcess start() {
        List<String> command = new ArrayList<>();
        command.add(daemons.shaktimandPath().toString());
        command.addAll(args);
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(daemons.base().toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        DaemonProcess daemon =
                new DaemonProcess(name, daemons.launch(builder, "shaktimand " + String.join(" ", args)), readStdout);
        daemons.register(daemon);
        return daemon;
    }
}
