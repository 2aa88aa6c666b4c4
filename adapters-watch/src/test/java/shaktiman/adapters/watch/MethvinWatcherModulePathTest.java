package shaktiman.adapters.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifies that the adapter works under a named main module, where only the modules its descriptor requires resolve
 * (surefire's class path would hide a missing {@code requires}, such as the library's need for jdk.unsupported).
 */
@Timeout(60)
class MethvinWatcherModulePathTest {

    @TempDir
    Path root;

    @Test
    void start_underTheRealModuleGraph_reportsAChange() throws IOException, InterruptedException {
        String modulePath = System.getProperty("jdk.module.path");
        Path testClasses = Path.of(ModulePathProbe.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath());
        Process child = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--module-path",
                        modulePath,
                        "--patch-module",
                        "shaktiman.adapters.watch=" + testClasses,
                        "--module",
                        "shaktiman.adapters.watch/" + ModulePathProbe.class.getName(),
                        root.toString()))
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        String output;
        try (var out = child.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("first batch: Changes[paths=[probe.txt]]");
    }
}
