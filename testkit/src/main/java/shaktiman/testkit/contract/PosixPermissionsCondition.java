package shaktiman.testkit.contract;

import java.nio.file.FileSystems;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a test only where the default file system has POSIX permissions, and otherwise says that this is why not. */
public final class PosixPermissionsCondition implements ExecutionCondition {

    /** Instantiated by JUnit through {@code @ExtendWith}. */
    public PosixPermissionsCondition() {}

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return ConditionEvaluationResult.enabled("the default file system has POSIX permissions");
        }
        return ConditionEvaluationResult.disabled("the default file system has no POSIX permissions (os.name="
                + System.getProperty("os.name") + "), so file modes cannot be checked");
    }
}
