package shaktiman.app.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import shaktiman.app.cli.output.ExplainReport;
import shaktiman.app.config.Config;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.index.discovery.DiscoveryConfig;
import shaktiman.core.index.discovery.Explainer;
import shaktiman.core.index.discovery.Explanation;
import shaktiman.core.index.discovery.Indexability;
import shaktiman.core.index.discovery.PathState;
import shaktiman.core.port.FileStamp;
import shaktiman.core.port.IndexStore;

/**
 * {@code explain <path>}: why a path is or is not indexed (MI-39, IX-69), from the one indexability predicate and the
 * stored index. A relative path is taken relative to the project root.
 */
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

    @Override
    int run(ProjectLayout layout, OutputFormat format) {
        Config config = readConfig(layout);
        Indexability indexability = new Indexability(
                layout.root(),
                new DiscoveryConfig(
                        config.index().maxFileBytes(),
                        config.index().plainText(),
                        config.index().extensions()));
        Explanation explanation;
        try (IndexStore store = ReadOnlyIndex.open(layout, context.adapters())) {
            explanation = refineWithStore(
                    new Explainer(indexability).explain(Path.of(path)), layout.root(), store.storedFiles());
        } catch (UncheckedIOException e) {
            throw new CommandFailure("cannot explain " + path + ": " + e.getMessage(), e);
        }
        switch (format) {
            case JSON -> context.json().write(context.streams().out(), ExplainReport.of(explanation));
            case TEXT -> {
                context.streams().out().println(explanation.toText());
                context.streams().out().flush();
            }
        }
        return ExitCodes.OK;
    }

    /** Discovery says {@code indexed} for every file it accepts; the store knows whether the disk still matches. */
    static Explanation refineWithStore(Explanation explanation, Path root, Map<String, FileStamp> stored) {
        if (explanation.state() != PathState.INDEXED) {
            return explanation;
        }
        FileStamp stamp = stored.get(explanation.path());
        if (stamp == null) {
            return explanation.withState(PathState.STALE, Optional.of("not in the index yet"));
        }
        Path file = root.resolve(explanation.path());
        try {
            long size = Files.size(file);
            long mtime =
                    Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis();
            if (size != stamp.size() || mtime != stamp.mtimeMs()) {
                return explanation.withState(PathState.STALE, Optional.of("changed on disk since it was indexed"));
            }
            return explanation;
        } catch (java.io.IOException e) {
            return explanation.withState(PathState.UNREADABLE, Optional.of(e.getMessage()));
        }
    }
}
