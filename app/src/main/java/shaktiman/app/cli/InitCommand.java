package shaktiman.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import shaktiman.app.cli.output.InitResult;
import shaktiman.core.daemon.ProjectLayout;

/** {@code init [root]}: creates S and the sample config when they are missing (MI-39). */
@Command(
        name = "init",
        description = "Create .shaktiman/ and a commented sample config if they are missing.",
        sortOptions = false)
final class InitCommand extends ProjectCommand {

    @Parameters(arity = "0..1", paramLabel = "root", description = "Project root (default: --root, else .).")
    private String root;

    InitCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        OutputFormat format = format();
        ProjectLayout layout = layout(root);
        StateDirectories.ensure(layout);
        boolean created = context.adapters().writeSampleConfigIfMissing(layout.configFile());
        String config = layout.configFile().toString();
        switch (format) {
            case JSON -> context.json().write(context.streams().out(), new InitResult(config, created));
            case TEXT -> {
                context.streams().out().println((created ? "Created config: " : "Config already exists: ") + config);
                context.streams().out().flush();
            }
        }
        return ExitCodes.OK;
    }
}
