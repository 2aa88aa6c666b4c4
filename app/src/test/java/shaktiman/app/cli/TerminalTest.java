package shaktiman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verifies MI-44's terminal rule: isatty through FFM, and never a terminal when TERM is dumb or CI is set. */
class TerminalTest {

    @Test
    void detect_withDumbTerm_seesNoTerminal() {
        assertThat(Terminal.detect(Map.of("TERM", "dumb"))).isEqualTo(Terminal.none());
    }

    @Test
    void detect_withCiSet_seesNoTerminal() {
        assertThat(Terminal.detect(Map.of("TERM", "xterm", "CI", ""))).isEqualTo(Terminal.none());
    }

    @Test
    void detect_onSurefirePipes_seesStdoutAndStderrAsNoTerminal() {
        // Surefire runs tests in a forked JVM whose stdout and stderr are pipes to the build.
        Terminal terminal = Terminal.detect(Map.of("TERM", "xterm"));

        assertThat(terminal.stdout()).isFalse();
        assertThat(terminal.stderr()).isFalse();
    }
}
