package shaktiman.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Verifies MCP-23's two kinds of test pattern: directory runs and file-name globs. */
class TestFileClassifierTest {

    private final TestFileClassifier classifier = new TestFileClassifier(
            List.of("src/test/", "__tests__/", "*_test.go", "*.test.{ts,tsx}", "*Test.java", "test_*.py"));

    @Test
    void test_directoryRunAnywhere_matchesOnSegmentBoundaries() {
        assertThat(classifier.test("java/src/test/java/com/example/UserServiceTest.java"))
                .isTrue();
        assertThat(classifier.test("web/__tests__/a.js")).isTrue();
        assertThat(classifier.test("mysrc/test/a.js")).isFalse();
    }

    @Test
    void test_nameGlobs_matchTheFileNameOnly() {
        assertThat(classifier.test("go/server_test.go")).isTrue();
        assertThat(classifier.test("ts/src/auth/login.test.ts")).isTrue();
        assertThat(classifier.test("py/tests_helper/test_user_service.py")).isTrue();
        assertThat(classifier.test("ts/src/auth/login.ts")).isFalse();
        assertThat(classifier.test("java/Testing.java")).isFalse();
    }
}
