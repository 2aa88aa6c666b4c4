package shaktiman.app.cli;

import java.util.Map;
import shaktiman.app.config.Config;
import shaktiman.core.daemon.ProjectLayout;

/** A read command (MI-42): it checks its flags, then the index, and never creates S, a config or a database. */
abstract class ReadCommand extends ProjectCommand {

    ReadCommand(CliContext context) {
        super(context);
    }

    @Override
    public final Integer call() {
        OutputFormat format = format();
        validateFlags();
        ProjectLayout layout = layout(null);
        ReadOnlyIndex.requireExists(layout);
        return run(layout, format);
    }

    /** The command's work once the index is known to exist. */
    abstract int run(ProjectLayout layout, OutputFormat format);

    /** The command's name, for messages. */
    abstract String name();

    /** Checks every flag and argument; a bad one is a {@link UsageException}. */
    abstract void validateFlags();

    /** The project's config (MI-42: read if it exists, never written); its warnings go to stderr. */
    final Config readConfig(ProjectLayout layout) {
        return switch (context.adapters().loadConfig(layout.configFile(), context.env(), Map.of())) {
            case ConfigOutcome.Valid valid -> {
                valid.warnings().forEach(context.streams().err()::println);
                context.streams().err().flush();
                yield valid.config();
            }
            case ConfigOutcome.Invalid invalid -> throw new ConfigRejected(invalid.messages());
        };
    }

    /** Prints a tool's answer as the tool gives it: its text T, or its structured content as MI-38's JSON. */
    final void print(OutputFormat format, String text, Object structured) {
        var out = context.streams().out();
        switch (format) {
            case JSON -> context.json().write(out, structured);
            case TEXT -> {
                out.print(text.endsWith("\n") ? text : text + "\n");
                out.flush();
            }
        }
    }
}
