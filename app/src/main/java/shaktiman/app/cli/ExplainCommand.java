package shaktiman.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code explain <path>}: why a path is or is not indexed (MI-39). */
@Command(name = "explain", description = "Explain why a path is or is not indexed.", sortOptions = false)
final class ExplainCommand extends ReadCommand {

    @Parameters(index = "0", paramLabel = "<path>", description = "A path in the project.")
    private String path;

    ExplainCommand(CliContext context) {
        super(context);
    }

    @Override
    String name() {
        return "explain";
    }

    @Override
    void validateFlags() {
        Flags.nonBlank("<path>", path);
    }
}
