package shaktiman.core.query;

import shaktiman.core.port.IndexReader.TestScope;

/** MCP-23's scope: which of test and non-test files a scope keeps. */
final class ScopeFilter {
    private ScopeFilter() {}

    static boolean keeps(TestScope scope, boolean isTest) {
        return switch (scope) {
            case IMPL -> !isTest;
            case TEST -> isTest;
            case ALL -> true;
        };
    }
}
