package shaktiman.app.it;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Gives each {@link DaemonTest} method a fresh {@link Daemons} as a parameter, and afterwards destroys every process
 * it started (with descendants), whether the test passed or failed.
 */
final class DaemonTestExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DaemonTestExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        Fixture fixture = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), DaemonTest.class)
                .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), DaemonTest.class))
                .map(DaemonTest::fixture)
                .orElse(Fixture.SMALL);
        context.getStore(NAMESPACE).put(Daemons.class, Daemons.create(fixture));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Daemons daemons = context.getStore(NAMESPACE).remove(Daemons.class, Daemons.class);
        if (daemons != null) {
            daemons.close(context.getExecutionException().isPresent());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Daemons.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Daemons.class, Daemons.class);
    }
}
