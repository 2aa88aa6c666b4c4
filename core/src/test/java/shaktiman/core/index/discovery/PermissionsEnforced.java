package shaktiman.core.index.discovery;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a test only where a file without read permission really cannot be read (not as root, not on Windows). */
final class PermissionsEnforced implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Path probe = null;
        try {
            probe = Files.createTempFile("shaktiman-permission-probe", ".txt");
            Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
            Files.readAllBytes(probe);
            return ConditionEvaluationResult.disabled("a mode-000 file is readable here (running as root?)");
        } catch (AccessDeniedException e) {
            return ConditionEvaluationResult.enabled("a mode-000 file is unreadable");
        } catch (IOException | UnsupportedOperationException e) {
            return ConditionEvaluationResult.disabled("cannot probe file permissions: " + e);
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException e) {
                    // A leftover probe file in the temp directory harms no test.
                }
            }
        }
    }
}
