package shaktiman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shaktiman.app.ShaktimanMain;

/** Verifies that the CLI reference in README.md is the CLI's real {@code --help} output. */
class ReadmeCliReferenceTest {

    @Test
    void readmeCliReference_equalsHelpOutput() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String block = readme.substring(
                readme.indexOf("<!-- cli-help:start -->\n```\n") + "<!-- cli-help:start -->\n```\n".length(),
                readme.indexOf("```\n<!-- cli-help:end -->"));
        StringWriter out = new StringWriter();

        int exit = ShaktimanMain.run(
                new String[] {"--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()), Map.of());

        assertThat(exit).isZero();
        assertThat(block).isEqualTo(out.toString());
    }
}
