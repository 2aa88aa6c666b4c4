package shaktiman.core.index.discovery;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a test only where a {@code git} executable answers {@code git --version}, and says why when it does not. */
final class GitAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try {
            Process git = new ProcessBuilder("git", "--version")
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            String version = new String(git.getInputStream().readAllBytes()).trim();
            if (!git.waitFor(30, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return ConditionEvaluationResult.disabled("git --version did not answer within 30 s");
            }
            return git.exitValue() == 0
                    ? ConditionEvaluationResult.enabled(version)
                    : ConditionEvaluationResult.disabled("git --version failed: " + version);
        } catch (IOException e) {
            return ConditionEvaluationResult.disabled("git is not installed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ConditionEvaluationResult.disabled("interrupted while probing git");
        }
    }
}
